// Reads {podSpec, images, validation, objects[]} on stdin and prints, one line per object, whether the
// ValidatingAdmissionPolicy's CEL admits it: the variables evaluated in order as the API server does.
import { run } from "@bufbuild/cel";

const toCel = (value) => Array.isArray(value) ? value.map(toCel)
  : value !== null && typeof value === "object" ? new Map(Object.entries(value).map(([key, item]) => [key, toCel(item)]))
  : value;

let text = "";
for await (const chunk of process.stdin) text += chunk;
const input = JSON.parse(text);
for (const object of input.objects) {
  const podSpec = run(input.podSpec, { object: toCel(object) });
  const images = run(input.images, { variables: new Map([["podSpec", podSpec]]) });
  const admitted = run(input.validation, { variables: new Map([["podSpec", podSpec], ["images", images]]) });
  if (typeof admitted !== "boolean") throw new Error(`validation returned ${String(admitted)}, not a bool`);
  console.log(admitted ? "admit" : "deny");
}
