// Command k8sschema turns the Kubernetes OpenAPI v2 document (swagger.json,
// shipped in the k8s.io/kubernetes module under api/openapi-spec) into one
// standalone JSON schema per kind, named the way kubeconform's
// -schema-location templates expect ({{.ResourceKind}}{{.KindSuffix}}.json:
// deployment-apps-v1.json, service-v1.json), so that rendered manifests can be
// validated offline. References are inlined; with -strict every object
// rejects properties its schema does not name.
//
// Usage: go run ./deploy/k8sschema -in swagger.json -out DIR [-strict] [-kinds Deployment,Service]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	in := flag.String("in", "", "swagger.json of the Kubernetes API")
	out := flag.String("out", "", "directory for the schemas")
	strict := flag.Bool("strict", true, "reject properties a schema does not name")
	kinds := flag.String("kinds", "", "comma-separated kinds to write (default: all)")
	flag.Parse()
	if err := run(*in, *out, *strict, *kinds); err != nil {
		fmt.Fprintln(os.Stderr, "k8sschema:", err)
		os.Exit(1)
	}
}

type doc struct {
	Definitions map[string]map[string]any `json:"definitions"`
}

func run(in, out string, strict bool, kinds string) error {
	if in == "" || out == "" {
		return fmt.Errorf("-in and -out are required")
	}
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var d doc
	if err := json.Unmarshal(b, &d); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	want := map[string]bool{}
	for _, k := range strings.Split(kinds, ",") {
		if k = strings.TrimSpace(k); k != "" {
			want[k] = true
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	n := 0
	for name, def := range d.Definitions {
		gvks, _ := def["x-kubernetes-group-version-kind"].([]any)
		for _, g := range gvks {
			gvk, _ := g.(map[string]any)
			group, _ := gvk["group"].(string)
			version, _ := gvk["version"].(string)
			kind, _ := gvk["kind"].(string)
			if kind == "" || (len(want) > 0 && !want[kind]) || strings.HasSuffix(kind, "List") {
				continue
			}
			s, err := resolve(d.Definitions, def, strict, map[string]bool{name: true})
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			obj := s.(map[string]any)
			// apiVersion and kind must name this kind exactly.
			if props, ok := obj["properties"].(map[string]any); ok {
				av := version
				if group != "" {
					av = group + "/" + version
				}
				props["apiVersion"] = map[string]any{"type": "string", "enum": []any{av}}
				props["kind"] = map[string]any{"type": "string", "enum": []any{kind}}
			}
			obj["$schema"] = "http://json-schema.org/schema#"
			suffix := "-" + version
			if group != "" {
				suffix = "-" + strings.Split(group, ".")[0] + suffix
			}
			js, err := json.MarshalIndent(obj, "", "  ")
			if err != nil {
				return err
			}
			file := filepath.Join(out, strings.ToLower(kind)+strings.ToLower(suffix)+".json")
			if err := os.WriteFile(file, js, 0o644); err != nil {
				return err
			}
			n++
		}
	}
	if n == 0 {
		return fmt.Errorf("no kinds written (asked for %q)", kinds)
	}
	fmt.Printf("k8sschema: %d schemas in %s\n", n, out)
	return nil
}

// resolve returns s with every $ref inlined. seen holds the definitions on
// the current path: a recursive type (JSONSchemaProps) is cut to an open object.
func resolve(defs map[string]map[string]any, s any, strict bool, seen map[string]bool) (any, error) {
	switch v := s.(type) {
	case map[string]any:
		if ref, ok := v["$ref"].(string); ok {
			name := strings.TrimPrefix(ref, "#/definitions/")
			switch name {
			case "io.k8s.apimachinery.pkg.util.intstr.IntOrString":
				return map[string]any{"oneOf": []any{map[string]any{"type": "string"}, map[string]any{"type": "integer"}}}, nil
			case "io.k8s.apimachinery.pkg.api.resource.Quantity":
				return map[string]any{"oneOf": []any{map[string]any{"type": "string"}, map[string]any{"type": "number"}}}, nil
			}
			def, ok := defs[name]
			if !ok {
				return nil, fmt.Errorf("unknown reference %s", ref)
			}
			if seen[name] {
				return map[string]any{"type": "object"}, nil
			}
			seen[name] = true
			defer delete(seen, name)
			return resolve(defs, def, strict, seen)
		}
		out := make(map[string]any, len(v)+1)
		for k, x := range v {
			if k == "x-kubernetes-group-version-kind" {
				continue
			}
			r, err := resolve(defs, x, strict, seen)
			if err != nil {
				return nil, err
			}
			out[k] = r
		}
		if _, ok := out["properties"]; ok && strict {
			if _, set := out["additionalProperties"]; !set {
				out["additionalProperties"] = false
			}
		}
		return out, nil
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			r, err := resolve(defs, x, strict, seen)
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
		return out, nil
	}
	return s, nil
}
