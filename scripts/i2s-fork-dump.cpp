// i2s-fork-dump: runs a GGUF file through llama.h (built from the llama.cpp fork with BitNet I2_S support, see
// scripts/i2s-fork-ref.sh) and writes JSON for testdata/i2s-fork: the greedy tokens of NGEN steps after a prompt of
// token ids (evaluated as one batch, then one token per step, 1 thread, flash attention off, default F16 KV cache),
// the float32 logits each step chose from, and, when the model has a pooling type, llama.cpp's pooled embedding of
// the prompt (a second context with embeddings on; not normalized).
// usage: i2s-fork-dump MODEL OUT.json ID,ID,... NGEN GENERATOR-TEXT SHA256
#include "llama.h"
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

static void put_floats(FILE *f, const float *x, int n) {
  fputc('[', f);
  for (int i = 0; i < n; i++) fprintf(f, i ? ",%.9g" : "%.9g", x[i]);
  fputc(']', f);
}

int main(int argc, char **argv) {
  if (argc < 7) { fprintf(stderr, "usage: %s MODEL OUT.json ids NGEN GENERATOR SHA256\n", argv[0]); return 2; }
  std::vector<llama_token> ids;
  for (char *p = strtok(argv[3], ","); p; p = strtok(nullptr, ",")) ids.push_back(atoi(p));
  const int ngen = atoi(argv[4]);
  llama_backend_init();
  auto mp = llama_model_default_params();
  mp.n_gpu_layers = 0;
  llama_model *m = llama_model_load_from_file(argv[1], mp);
  if (!m) { fprintf(stderr, "load failed\n"); return 1; }
  const int nv = llama_vocab_n_tokens(llama_model_get_vocab(m));
  const int ne = llama_model_n_embd(m);

  auto cp = llama_context_default_params();
  cp.n_ctx = 64; cp.n_batch = 64; cp.n_ubatch = 64; cp.n_threads = 1; cp.n_threads_batch = 1;
  cp.flash_attn_type = LLAMA_FLASH_ATTN_TYPE_DISABLED;
  cp.embeddings = false;
  llama_context *ctx = llama_init_from_model(m, cp);
  if (!ctx) { fprintf(stderr, "context failed\n"); return 1; }
  llama_batch b = llama_batch_init(64, 0, 1);
  std::vector<llama_token> toks;
  std::vector<std::vector<float>> logits;
  int pos = 0;
  std::vector<llama_token> in = ids;
  for (int step = 0; step < ngen; step++) {
    b.n_tokens = 0;
    for (size_t i = 0; i < in.size(); i++) {
      int k = b.n_tokens++;
      b.token[k] = in[i]; b.pos[k] = pos++; b.n_seq_id[k] = 1; b.seq_id[k][0] = 0; b.logits[k] = i + 1 == in.size();
    }
    if (llama_decode(ctx, b)) { fprintf(stderr, "decode failed\n"); return 1; }
    const float *l = llama_get_logits_ith(ctx, b.n_tokens - 1);
    int best = 0;
    for (int v = 1; v < nv; v++) if (l[v] > l[best]) best = v;
    logits.emplace_back(l, l + nv);
    toks.push_back(best);
    in.assign(1, best);
  }
  llama_free(ctx);

  std::vector<float> emb;
  int pooling = -1;
  {
    auto ep = llama_context_default_params();
    ep.n_ctx = 64; ep.n_batch = 64; ep.n_ubatch = 64; ep.n_threads = 1; ep.n_threads_batch = 1;
    ep.flash_attn_type = LLAMA_FLASH_ATTN_TYPE_DISABLED;
    ep.embeddings = true;
    llama_context *ec = llama_init_from_model(m, ep);
    if (!ec) { fprintf(stderr, "embedding context failed\n"); return 1; }
    pooling = llama_pooling_type(ec);
    if (pooling != LLAMA_POOLING_TYPE_NONE) {
      b.n_tokens = 0;
      for (size_t i = 0; i < ids.size(); i++) {
        int k = b.n_tokens++;
        b.token[k] = ids[i]; b.pos[k] = i; b.n_seq_id[k] = 1; b.seq_id[k][0] = 0; b.logits[k] = 1;
      }
      if (llama_decode(ec, b)) { fprintf(stderr, "embedding decode failed\n"); return 1; }
      const float *e = llama_get_embeddings_seq(ec, 0);
      if (!e) { fprintf(stderr, "no pooled embedding\n"); return 1; }
      emb.assign(e, e + ne);
    }
    llama_free(ec);
  }

  FILE *f = fopen(argv[2], "w");
  if (!f) { perror(argv[2]); return 1; }
  fprintf(f, "{\"generator\":\"%s\",\"model_sha256\":\"%s\",\"prompt\":[", argv[5], argv[6]);
  for (size_t i = 0; i < ids.size(); i++) fprintf(f, i ? ",%d" : "%d", ids[i]);
  fprintf(f, "],\"tokens\":[");
  for (size_t i = 0; i < toks.size(); i++) fprintf(f, i ? ",%d" : "%d", toks[i]);
  fprintf(f, "],\"logits\":[");
  for (size_t i = 0; i < logits.size(); i++) { if (i) fputc(',', f); put_floats(f, logits[i].data(), nv); }
  fprintf(f, "],\"pooling\":%d,\"embedding\":", pooling);
  if (emb.empty()) fprintf(f, "null"); else put_floats(f, emb.data(), ne);
  fprintf(f, "}\n");
  fclose(f);
  printf("greedy:"); for (auto t : toks) printf(" %d", t); printf("\npooling %d, embedding %zu values\n", pooling, emb.size());
  llama_batch_free(b); llama_model_free(m); llama_backend_free();
  return 0;
}
