// Lint: ESLint's recommended rules plus typescript-eslint's, over sources,
// tests and benches. AssemblyScript kernels are excluded: they are not
// TypeScript (u64, i32, load<T>) and are checked by asc when compiled.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "out.*/**", "node_modules/**", "src/**/assembly/**", "test/fixtures/**", ".cache/**", ".puppeteerrc.cjs", "reports/**", ".stryker-tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", Buffer: "readonly", performance: "readonly", TextEncoder: "readonly", TextDecoder: "readonly", WebAssembly: "readonly", setInterval: "readonly", clearInterval: "readonly", structuredClone: "readonly", queueMicrotask: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Randomness is injected (d3-array style): Math.random would make builds irreproducible.
      "no-restricted-properties": ["error", { object: "Math", property: "random", message: "Use an injected Generator from src/random." }],
    },
  },
);
