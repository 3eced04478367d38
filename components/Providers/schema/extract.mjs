// Extracts the subset of the pinned provider schemas kaws uses from the providers' npm SDKs
// (their TypeScript declarations describe every resource's and function's inputs and outputs),
// and writes one pruned Pulumi-package-schema JSON per package. Run by regenerate.sh.
//
// usage: node extract.mjs <tokens.txt> <unpacked-packages-dir> <out-dir> <typescript-module-path>
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const [tokensFile, packagesDir, outDir, typescriptPath] = process.argv.slice(2);
const ts = createRequire(import.meta.url)(typescriptPath);

const tokens = fs.readFileSync(tokensFile, "utf8").split("\n").map((line) => line.replace(/#.*/, "").trim()).filter(Boolean);
const packages = {};
for (const token of tokens) {
  const name = token.startsWith("pulumi:providers:") ? token.split(":")[2] : token.split(":")[0];
  (packages[name] ??= []).push(token);
}

const parsed = new Map();
function sourceOf(file) {
  if (!parsed.has(file)) {
    if (!fs.existsSync(file)) throw new Error(`missing declaration file ${file}`);
    parsed.set(file, ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true));
  }
  return parsed.get(file);
}

// Qualified name ("ec2.LaunchTemplateMetadataOptions", "meta.v1.ObjectMeta") -> interface declaration.
function interfacesOf(file) {
  const found = new Map();
  const visit = (node, prefix) => {
    if (ts.isModuleDeclaration(node) && node.body) {
      const name = prefix ? `${prefix}.${node.name.text}` : node.name.text;
      if (ts.isModuleBlock(node.body)) node.body.statements.forEach((statement) => visit(statement, name));
      else visit(node.body, name);
    } else if (ts.isInterfaceDeclaration(node)) {
      found.set(prefix ? `${prefix}.${node.name.text}` : node.name.text, node);
    }
  };
  sourceOf(file).statements.forEach((statement) => visit(statement, ""));
  return found;
}

function declarationFile(pkg, token) {
  const [, middle, name] = token.split(":");
  const root = path.join(packagesDir, pkg, "package");
  if (token.startsWith("pulumi:providers:")) return path.join(root, "provider.d.ts");
  const [module, member] = middle.split("/");
  const lower = name[0].toLowerCase() + name.slice(1);
  if (pkg === "kubernetes") return path.join(root, module.split(".")[0], member, `${lower}.d.ts`);
  return module === "index" ? path.join(root, `${member}.d.ts`) : path.join(root, module, `${member}.d.ts`);
}

// The schema's own token shapes: aws:ec2/LaunchTemplateMetadataOptions:LaunchTemplateMetadataOptions,
// kubernetes:meta/v1:ObjectMeta.
function typeToken(pkg, qualified) {
  const parts = qualified.split(".");
  const name = parts.pop();
  const module = parts.length === 0 ? "index" : parts.join("/");
  return pkg === "kubernetes" ? `${pkg}:${module}:${name}` : `${pkg}:${module}/${name}:${name}`;
}

function unwrap(type) {
  // pulumi.Input<X>, pulumi.Output<X>, (X), X | undefined
  for (;;) {
    if (ts.isParenthesizedTypeNode(type)) { type = type.type; continue; }
    if (ts.isTypeReferenceNode(type) && ["pulumi.Input", "pulumi.Output"].includes(type.typeName.getText()) && type.typeArguments?.length === 1) {
      type = type.typeArguments[0]; continue;
    }
    if (ts.isUnionTypeNode(type)) {
      const kept = type.types.filter((member) => !(member.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(member) && member.literal.kind === ts.SyntaxKind.NullKeyword)));
      if (kept.length === 1) { type = kept[0]; continue; }
      return kept;
    }
    return type;
  }
}

function property(pkg, type, referenced) {
  const node = unwrap(type);
  if (Array.isArray(node)) {
    // A union: enums with string are strings; anything else we cannot narrow is Any.
    const kinds = node.map((member) => property(pkg, member, referenced));
    if (kinds.every((kind) => kind.type === "string")) return { type: "string" };
    if (kinds.every((kind) => kind.type === "integer")) return { type: "integer" };
    return { $ref: "pulumi.json#/Any" };
  }
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword: return { type: "string" };
    case ts.SyntaxKind.NumberKeyword: return { type: "integer" };
    case ts.SyntaxKind.BooleanKeyword: return { type: "boolean" };
    case ts.SyntaxKind.AnyKeyword: return { $ref: "pulumi.json#/Any" };
  }
  if (ts.isLiteralTypeNode(node)) {
    if (ts.isStringLiteral(node.literal)) return { type: "string", const: node.literal.text };
    return { $ref: "pulumi.json#/Any" };
  }
  if (ts.isArrayTypeNode(node)) return { type: "array", items: property(pkg, node.elementType, referenced) };
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index) return { type: "object", additionalProperties: property(pkg, index.type, referenced) };
    return { $ref: "pulumi.json#/Any" };
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    if (name.startsWith("inputs.") || name.startsWith("outputs.")) {
      const qualified = name.slice(name.indexOf(".") + 1);
      referenced.add(qualified);
      return { $ref: `#/types/${typeToken(pkg, qualified)}` };
    }
    if (name.startsWith("enums.")) return { type: "string" };
    if (name === "Array" && node.typeArguments?.length === 1) return { type: "array", items: property(pkg, node.typeArguments[0], referenced) };
    return { $ref: "pulumi.json#/Any" }; // pulumi.asset.Asset, pulumi.ID, …
  }
  return { $ref: "pulumi.json#/Any" };
}

function shape(pkg, members, referenced, requiredWhenNotOptional = true) {
  const properties = {};
  const required = [];
  for (const member of members) {
    if (!ts.isPropertySignature(member) && !ts.isPropertyDeclaration(member)) continue;
    if (!member.type || !member.name) continue;
    const name = member.name.getText().replace(/^"|"$/g, "");
    if (member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword)) continue;
    properties[name] = property(pkg, member.type, referenced);
    if (requiredWhenNotOptional && !member.questionToken) required.push(name);
  }
  return { properties, required: required.sort() };
}

function findInterface(file, name) {
  const found = interfacesOf(file).get(name);
  if (!found) throw new Error(`no interface ${name} in ${file}`);
  return found;
}

function findClass(file, name) {
  const found = sourceOf(file).statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === name);
  if (!found) throw new Error(`no class ${name} in ${file}`);
  return found;
}

function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted(value[key])]));
  return value;
}

fs.mkdirSync(outDir, { recursive: true });
for (const [pkg, list] of Object.entries(packages)) {
  const root = path.join(packagesDir, pkg, "package");
  const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
  const schema = { name: pkg, version, resources: {}, functions: {}, types: {} };
  const referenced = new Set();
  for (const token of list) {
    const file = declarationFile(pkg, token);
    const name = token.startsWith("pulumi:providers:") ? "Provider" : token.split(":")[2];
    if (/^get[A-Z]/.test(name)) {
      const functionName = name[0].toUpperCase() + name.slice(1);
      const inputs = shape(pkg, findInterface(file, `${functionName}Args`).members, referenced);
      const outputs = shape(pkg, findInterface(file, `${functionName}Result`).members, referenced);
      schema.functions[token] = { inputs, outputs };
      continue;
    }
    const args = interfacesOf(file).get(`${name}Args`);
    const inputs = args ? shape(pkg, args.members, referenced) : { properties: {}, required: [] };
    const outputs = shape(pkg, findClass(file, name).members, referenced, false);
    const entry = { inputProperties: inputs.properties, requiredInputs: inputs.required, properties: outputs.properties };
    if (token.startsWith("pulumi:providers:")) schema.provider = { inputProperties: inputs.properties, requiredInputs: inputs.required };
    else schema.resources[token] = entry;
  }
  // Nested input types, transitively; the output side of a type shares its token.
  const inputFile = path.join(root, "types", "input.d.ts");
  const seen = new Set();
  while (referenced.size > seen.size) {
    for (const qualified of [...referenced]) {
      if (seen.has(qualified)) continue;
      seen.add(qualified);
      const declarations = interfacesOf(inputFile);
      const declaration = declarations.get(qualified) ?? interfacesOf(path.join(root, "types", "output.d.ts")).get(qualified);
      if (!declaration) throw new Error(`no type ${qualified} in ${pkg}`);
      const nested = shape(pkg, declaration.members, referenced);
      schema.types[typeToken(pkg, qualified)] = { type: "object", properties: nested.properties, required: nested.required };
    }
  }
  fs.writeFileSync(path.join(outDir, `${pkg}.json`), JSON.stringify(sorted(schema), null, 1) + "\n");
  console.error(`${pkg} ${version}: ${Object.keys(schema.resources).length} resources, ${Object.keys(schema.functions).length} functions, ${Object.keys(schema.types).length} types`);
}
