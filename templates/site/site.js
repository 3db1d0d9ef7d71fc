/* global document, window */
/*
 * The supplement's only script (progressive enhancement: every page is
 * readable without it). Three jobs, each independent of the others:
 *  1. show the provenance popup of a number on hover or keyboard focus;
 *  2. make tables sortable by their column headers;
 *  3. turn the static figures into vega-embed views with a scale selector.
 * No network access: specs and popups are in the page, so file:// works.
 */
(function () {
  "use strict";

  // 1. Provenance popups. The popup elements are in the HTML (hidden,
  // role="tooltip", referenced by aria-describedby); here we only show and
  // place them next to the number.
  var open = null;
  function hide() {
    if (open) {
      open.hidden = true;
      open.classList.remove("open");
      open = null;
    }
  }
  function show(link) {
    var pop = document.getElementById(link.getAttribute("aria-describedby") || "");
    if (!pop) return;
    if (open !== pop) hide();
    pop.hidden = false;
    pop.classList.add("open");
    open = pop;
    var r = link.getBoundingClientRect();
    var vw = document.documentElement.clientWidth;
    var vh = document.documentElement.clientHeight;
    var sx = window.scrollX;
    var sy = window.scrollY;
    var w = pop.offsetWidth;
    var h = pop.offsetHeight;
    var left = Math.max(8, Math.min(r.left, vw - w - 8));
    // Below the number if it fits, else above; on a short screen, below anyway.
    var top = r.bottom + 6;
    if (top + h > vh - 8 && r.top - h - 6 > 8) top = r.top - h - 6;
    pop.style.left = left + sx + "px";
    pop.style.top = top + sy + "px";
  }
  var numLink = function (el) {
    return el && el.closest ? el.closest("a.num-link") : null;
  };
  document.addEventListener("focusin", function (e) {
    var a = numLink(e.target);
    if (a) show(a);
    else hide();
  });
  document.addEventListener("mouseover", function (e) {
    var a = numLink(e.target);
    if (a) show(a);
  });
  document.addEventListener("mouseout", function (e) {
    var a = numLink(e.target);
    var to = e.relatedTarget;
    if (a && !(to && (a.contains(to) || (open && open.contains(to)))) && document.activeElement !== a) hide();
    if (open && open.contains(e.target) && !(to && open.contains(to))) hide();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hide();
  });
  // Touch has no hover: the first tap on a number shows its popup, a second
  // tap follows the link; a tap elsewhere closes it.
  var touchWasOpen = null;
  document.addEventListener(
    "pointerdown",
    function (e) {
      var a = numLink(e.target);
      if (e.pointerType !== "touch") {
        touchWasOpen = null;
        return;
      }
      if (!a) {
        if (!(open && open.contains(e.target))) hide();
        touchWasOpen = null;
        return;
      }
      touchWasOpen = open !== null && open.id === a.getAttribute("aria-describedby");
    },
    true,
  );
  document.addEventListener("click", function (e) {
    var a = numLink(e.target);
    if (a && touchWasOpen === false) {
      e.preventDefault();
      show(a);
    }
    touchWasOpen = null;
  });

  // 2. Sortable tables: a button in each column header; sorting uses the
  // raw value in data-value, the row label column sorts as text.
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var headRow = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    var body = table.tBodies[0];
    if (!headRow || !body) return;
    Array.prototype.forEach.call(headRow.cells, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headRow.cells, function (c) {
          c.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col];
          var y = b.cells[col];
          var vx = x && x.hasAttribute("data-value") ? Number(x.getAttribute("data-value")) : null;
          var vy = y && y.hasAttribute("data-value") ? Number(y.getAttribute("data-value")) : null;
          var d = vx !== null && vy !== null ? vx - vy : (x ? x.textContent : "").localeCompare(y ? y.textContent : "");
          return asc ? d : -d;
        });
        rows.forEach(function (r) {
          body.appendChild(r);
        });
      });
    });
  });

  // 3. Interactive figures. vega, vega-lite and vega-embed are local
  // bundles loaded before this script on figures.html only.
  var embed = window.vegaEmbed;
  if (typeof embed !== "function") return;
  Array.prototype.forEach.call(document.querySelectorAll("figure.fig"), function (fig) {
    var data = fig.querySelector("script.fig-specs");
    var host = fig.querySelector(".fig-host");
    if (!data || !host) return;
    var specs = JSON.parse(data.textContent);
    var captionData = fig.querySelector("script.fig-captions");
    var captions = captionData ? JSON.parse(captionData.textContent) : {};
    var view = null;
    function render(scale) {
      var spec = specs[scale];
      if (!spec) return;
      // The caption names the scale and quotes its numbers: it follows the selector.
      var caption = fig.querySelector("figcaption");
      if (caption && captions[scale]) caption.textContent = captions[scale];
      embed(host, spec, { actions: false, renderer: "svg" }).then(
        function (result) {
          if (view) view.finalize();
          view = result.view;
          // The label moves from the static figure's wrapper to the chart
          // itself: the SVG is an image named by the figure's caption.
          host.removeAttribute("role");
          host.removeAttribute("aria-label");
          var svg = host.querySelector("svg");
          var cap = fig.querySelector("figcaption");
          if (svg && cap) {
            svg.setAttribute("role", "img");
            svg.setAttribute("aria-labelledby", cap.id);
          }
          host.setAttribute("data-scale", scale);
          host.setAttribute("data-rendered", "true");
        },
        function (err) {
          console.error("figure " + fig.id + ": " + err);
        },
      );
    }
    var select = fig.querySelector("select.fig-scale");
    if (select) {
      select.closest(".fig-controls").hidden = false;
      select.addEventListener("change", function () {
        render(select.value);
      });
      render(select.value);
    } else {
      render(data.getAttribute("data-start") || Object.keys(specs)[0]);
    }
  });
})();
