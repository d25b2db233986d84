#!/usr/bin/env python3
"""Writes golden.json: reference segment lists for the chat templates.

Usage (from chat/testdata):
    git -C /work/.mirror/microsoft+BitNet/repo show HEAD:gpu/tokenizer.py > /tmp/ms_tokenizer.py
    python3 gen_golden.py /tmp/ms_tokenizer.py > golden.json

bitnet: runs Microsoft's ChatFormat class (read from the given file, not copied here) with a
tokenizer stand-in whose encode() records its text argument: each encode() call with non-empty
text becomes one text segment, each special token one special segment.

llama3: renders the chat_template of llama3_tokenizer_config.json with jinja2 (as
transformers' apply_chat_template does) and splits the result at the added tokens, as the
Hugging Face tokenizer does before tokenizing. The template always appends the assistant
header; for add_assistant_prompt=false it is removed here. With no messages the template
emits no BOS; our renderer always does, so BOS is prepended here.

qwen3: renders the chat_template of qwen3_tokenizer_config.json (the Qwen3 tokenizer_config.json
cut to its chat template and added tokens) with jinja2 and splits the result at the added tokens,
for the CONVERSATIONS with at least one message plus QWEN3_ONLY (reasoning blocks). Content with
a Qwen3 added token in it is not used (the renderer does not parse specials in content).

falcon3: renders Falcon3's chat_template (the file given as the second argument, holding the template text; it is
not committed, being TII's) with jinja2, eos_token "<|endoftext|>", and splits the result at "<|endoftext|>" only,
for the CONVERSATIONS with at least one message and no added token in their content. The template is the one that
huggingface/optimum-intel's optimum/exporters/openvino/utils.py (commit 008977f829112179c2cd6b35e01eabbf048b3e85)
lists under "# falcon3-7b-instruct" in COMPLEX_CHAT_TEMPLATES, written out with its escapes resolved:
    python3 gen_golden.py /tmp/ms_tokenizer.py /path/to/falcon3_chat_template.jinja > golden.json
Which of Falcon3's role markers (<|system|>, <|user|>, <|assistant|>) are added tokens was not known here, so they
stay text; see docs/MODELS.md.

Requires: python3 (3.11 used), jinja2 (3.1.6 used).
"""
import ast
import json
import re
import sys

import jinja2

CONVERSATIONS = [
    ("system_user", [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Hello BitNet!"},
    ]),
    ("multi_turn", [
        {"role": "system", "content": "Answer briefly."},
        {"role": "user", "content": "What is 2+2?"},
        {"role": "assistant", "content": "4."},
        {"role": "user", "content": "And 3+3?\n"},
    ]),
    ("user_only", [{"role": "user", "content": "Hi"}]),
    ("no_messages", []),
    ("assistant_first", [
        {"role": "assistant", "content": " I start. "},
        {"role": "user", "content": "ok"},
    ]),
    ("whitespace", [
        {"role": "system", "content": "  \t padded \n\n"},
        {"role": "user", "content": "\x1c\x1d\x1e\x1f sep \x0b\x0c"},
        {"role": "assistant", "content": "\u3000\u2003wide\u00a0\x85"},
        {"role": "user", "content": "\u200b zero width is not space \u200b"},
    ]),
    ("empty_contents", [
        {"role": "system", "content": ""},
        {"role": "user", "content": " \n\t "},
        {"role": "assistant", "content": "\u2028\u2029"},
    ]),
    ("specials_in_content", [
        {"role": "user", "content": "say <|eot_id|> please"},
    ]),
    ("unicode", [
        {"role": "user", "content": "Grüße, 世界! 🚀"},
        {"role": "assistant", "content": "\n\nΓειά σου\n"},
    ]),
]


QWEN3_ONLY = [
    ("think_history", [
        {"role": "user", "content": "2+2?"},
        {"role": "assistant", "content": "<think>\nadd them\n</think>\n\n4"},
        {"role": "user", "content": "3+3?"},
    ]),
    ("think_last", [
        {"role": "user", "content": "2+2?"},
        {"role": "assistant", "content": "<think>\n\nsum\n\n</think>\n\n\n4 "},
    ]),
    ("plain_last", [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello!"},
    ]),
    ("two_assistants", [
        {"role": "user", "content": "a"},
        {"role": "assistant", "content": "x</think>y"},
        {"role": "assistant", "content": "<think>r1<think>r2</think>z</think>w"},
    ]),
    ("late_system", [
        {"role": "user", "content": "a"},
        {"role": "system", "content": "late"},
    ]),
    ("tool_response_text", [
        {"role": "user", "content": "q"},
        {"role": "assistant", "content": "A"},
        {"role": "user", "content": "<tool_response>looks like a tool</tool_response>"},
    ]),
]


class Recorder:
    """Tokenizer stand-in: 'ids' are the segments themselves."""

    special_tokens = {
        "<|begin_of_text|>": ("S", "<|begin_of_text|>"),
        "<|end_of_text|>": ("S", "<|end_of_text|>"),
        "<|eot_id|>": ("S", "<|eot_id|>"),
    }

    def encode(self, s, bos, eos):
        assert not bos and not eos
        return [("T", s)] if s else []

    def decode(self, tokens):
        raise NotImplementedError


def load_chat_format(path):
    src = open(path, encoding="utf-8").read()
    tree = ast.parse(src)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "ChatFormat")
    ns = {"List": list, "Message": dict, "Dialog": list, "Tokenizer": object}
    exec(compile(ast.Module(body=[cls], type_ignores=[]), path, "exec"), ns)
    return ns["ChatFormat"](Recorder())


def bitnet_segments(cf, msgs, prompt):
    toks = cf.encode_dialog_prompt(msgs, completion=prompt)
    return [[t, k == "S"] for k, t in toks]


def llama3_segments(cfg, msgs, prompt):
    env = jinja2.Environment()
    tmpl = env.from_string(cfg["chat_template"])
    s = tmpl.render(messages=msgs, bos_token=cfg["bos_token"], add_generation_prompt=True)
    tail = "<|start_header_id|>assistant<|end_header_id|>\n\n"
    assert s.endswith(tail)
    if not prompt:
        s = s[: -len(tail)]
    if not msgs:
        s = cfg["bos_token"] + s
    specials = [v["content"] for v in cfg["added_tokens_decoder"].values()]
    pat = re.compile("(" + "|".join(re.escape(t) for t in sorted(specials, key=len, reverse=True)) + ")")
    out = []
    for part in pat.split(s):
        if part == "":
            continue
        out.append([part, part in specials])
    return out


def qwen3_segments(cfg, msgs, prompt):
    env = jinja2.Environment()
    tmpl = env.from_string(cfg["chat_template"])
    s = tmpl.render(messages=msgs, add_generation_prompt=prompt)
    specials = [v["content"] for v in cfg["added_tokens_decoder"].values()]
    pat = re.compile("(" + "|".join(re.escape(t) for t in sorted(specials, key=len, reverse=True)) + ")")
    return [[part, part in specials] for part in pat.split(s) if part != ""]


def falcon3_segments(tmpl_text, msgs, prompt):
    env = jinja2.Environment()
    s = env.from_string(tmpl_text).render(messages=msgs, eos_token="<|endoftext|>", add_generation_prompt=prompt)
    return [[part, part == "<|endoftext|>"] for part in re.split("(<\\|endoftext\\|>)", s) if part != ""]


def main():
    cf = load_chat_format(sys.argv[1])
    cfg = json.load(open("llama3_tokenizer_config.json", encoding="utf-8"))
    cases = []
    for name, msgs in CONVERSATIONS:
        for prompt in (True, False):
            cases.append({"name": name, "template": "bitnet", "add_assistant_prompt": prompt,
                          "messages": msgs, "segments": bitnet_segments(cf, msgs, prompt)})
            # HF would parse "<|eot_id|>" inside content as a special token; our renderer
            # deliberately does not, so that case is bitnet-only.
            if name != "specials_in_content":
                cases.append({"name": name, "template": "llama3", "add_assistant_prompt": prompt,
                              "messages": msgs, "segments": llama3_segments(cfg, msgs, prompt)})
    qcfg = json.load(open("qwen3_tokenizer_config.json", encoding="utf-8"))
    qspecials = [v["content"] for v in qcfg["added_tokens_decoder"].values()]
    for name, msgs in CONVERSATIONS + QWEN3_ONLY:
        if not msgs or any(t in m["content"] for m in msgs for t in qspecials if t not in ("<think>", "</think>")):
            continue
        for prompt in (True, False):
            cases.append({"name": name, "template": "qwen3", "add_assistant_prompt": prompt,
                          "messages": msgs, "segments": qwen3_segments(qcfg, msgs, prompt)})
    if len(sys.argv) > 2:
        ftmpl = open(sys.argv[2], encoding="utf-8").read()
        for name, msgs in CONVERSATIONS:
            if not msgs or any("<|" in m["content"] for m in msgs):
                continue
            for prompt in (True, False):
                cases.append({"name": name, "template": "falcon3", "add_assistant_prompt": prompt,
                              "messages": msgs, "segments": falcon3_segments(ftmpl, msgs, prompt)})
    json.dump(cases, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
