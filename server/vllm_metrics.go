package server

import (
	"github.com/prometheus/client_golang/prometheus"
)

// vllmMetrics are vLLM's metric names, exported beside the server's own so
// that inference-aware gateways (the Kubernetes Gateway API Inference
// Extension's endpoint picker, llm-d) and dashboards built for vLLM read
// this server unchanged. Every series carries vLLM's model_name label.
// docs/SERVER.md lists them.
type vllmMetrics struct {
	ttft       *prometheus.HistogramVec // vllm:time_to_first_token_seconds
	itl        *prometheus.HistogramVec // vllm:inter_token_latency_seconds
	tpot       *prometheus.HistogramVec // vllm:time_per_output_token_seconds (vLLM's older name for the same)
	e2e        *prometheus.HistogramVec // vllm:e2e_request_latency_seconds
	queue      *prometheus.HistogramVec // vllm:request_queue_time_seconds
	promptToks *prometheus.CounterVec   // vllm:prompt_tokens_total
	genToks    *prometheus.CounterVec   // vllm:generation_tokens_total
	prefixQ    *prometheus.CounterVec   // vllm:prefix_cache_queries_total
	prefixHit  *prometheus.CounterVec   // vllm:prefix_cache_hits_total
}

// vLLM's bucket boundaries, so that quantiles computed across a fleet of
// mixed servers line up.
var (
	vllmTTFTBuckets = []float64{0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0,
		2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0, 160.0, 640.0, 2560.0}
	vllmITLBuckets = []float64{0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75,
		1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0}
	vllmE2EBuckets = []float64{0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0,
		40.0, 50.0, 60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 7680.0}
)

func newVLLMMetrics(reg *prometheus.Registry, s *Server) *vllmMetrics {
	lbl := []string{"model_name"}
	hist := func(name, help string, b []float64) *prometheus.HistogramVec {
		return prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "vllm:" + name, Help: help, Buckets: b}, lbl)
	}
	count := func(name, help string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Name: "vllm:" + name, Help: help}, lbl)
	}
	m := &vllmMetrics{
		ttft:       hist("time_to_first_token_seconds", "Time from the request's arrival to its first token (queueing and prefill included).", vllmTTFTBuckets),
		itl:        hist("inter_token_latency_seconds", "Time between consecutive generated tokens of a request.", vllmITLBuckets),
		tpot:       hist("time_per_output_token_seconds", "Time between consecutive generated tokens (vLLM's older name of inter_token_latency_seconds).", vllmITLBuckets),
		e2e:        hist("e2e_request_latency_seconds", "Time from a generation request's arrival to its last token.", vllmE2EBuckets),
		queue:      hist("request_queue_time_seconds", "Time a request waited for admission.", vllmE2EBuckets),
		promptToks: count("prompt_tokens_total", "Prompt tokens of finished generations (cached ones included)."),
		genToks:    count("generation_tokens_total", "Generated tokens."),
		prefixQ:    count("prefix_cache_queries_total", "Prompt tokens looked up in the prefix cache."),
		prefixHit:  count("prefix_cache_hits_total", "Prompt tokens found in the prefix cache (not recomputed)."),
	}
	reg.MustRegister(m.ttft, m.itl, m.tpot, m.e2e, m.queue, m.promptToks, m.genToks, m.prefixQ, m.prefixHit,
		&vllmGauges{s: s,
			running: prometheus.NewDesc("vllm:num_requests_running", "Generation requests running (admitted, in the batched steps).", lbl, nil),
			waiting: prometheus.NewDesc("vllm:num_requests_waiting", "Generation requests waiting for admission.", lbl, nil),
			kv:      prometheus.NewDesc("vllm:kv_cache_usage_perc", "Fraction of the KV cache budget reserved by running requests (1 = full).", lbl, nil),
		})
	return m
}

// vllmGauges reads the scheduler at scrape time; nothing is exported before
// a model is loaded, since model_name is not known yet.
type vllmGauges struct {
	s                    *Server
	running, waiting, kv *prometheus.Desc
}

func (g *vllmGauges) Describe(ch chan<- *prometheus.Desc) {
	ch <- g.running
	ch <- g.waiting
	ch <- g.kv
}

func (g *vllmGauges) Collect(ch chan<- prometheus.Metric) {
	st := g.s.state()
	if st == nil {
		return
	}
	ch <- prometheus.MustNewConstMetric(g.running, prometheus.GaugeValue, float64(st.sched.active.Load()), st.id)
	ch <- prometheus.MustNewConstMetric(g.waiting, prometheus.GaugeValue, float64(st.sched.queued.Load()), st.id)
	ch <- prometheus.MustNewConstMetric(g.kv, prometheus.GaugeValue, st.sched.kvUsage(), st.id)
}
