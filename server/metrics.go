package server

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/bitnet-go/bitnet-go/internal/sysinfo"
)

// metrics are the server's Prometheus metrics, on the server's own registry.
type metrics struct {
	requests   *prometheus.CounterVec   // endpoint, code
	duration   *prometheus.HistogramVec // endpoint
	errors     *prometheus.CounterVec   // endpoint, type
	rejected   *prometheus.CounterVec   // reason
	cancelled  prometheus.Counter
	promptToks prometheus.Counter
	genToks    prometheus.Counter
	ttft       prometheus.Histogram
	decodeTPS  prometheus.Histogram
	prefillTPS prometheus.Histogram
	queueWait  prometheus.Histogram
	vllm       *vllmMetrics // vLLM's names, for gateways (vllm_metrics.go)
}

func newMetrics(reg *prometheus.Registry, s *Server) *metrics {
	const ns = "bitnet"
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "http_requests_total", Help: "HTTP requests by endpoint and status code.",
		}, []string{"endpoint", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: ns, Name: "http_request_duration_seconds", Help: "HTTP request latency, to the end of the response.",
			Buckets: []float64{.005, .025, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300},
		}, []string{"endpoint"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "request_errors_total", Help: "Requests answered with an error, by endpoint and OpenAI error type.",
		}, []string{"endpoint", "type"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "requests_rejected_total", Help: "Generation requests turned away before running, by reason.",
		}, []string{"reason"}),
		cancelled: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "generations_cancelled_total", Help: "Generations stopped because the client went away or a timeout passed.",
		}),
		promptToks: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "prompt_tokens_total", Help: "Prompt tokens of finished generations.",
		}),
		genToks: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "generated_tokens_total", Help: "Tokens generated (rate() of it is the server's tokens/s).",
		}),
		ttft: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Name: "time_to_first_token_seconds", Help: "From admission to a slot to the first sampled token (prefill included).",
			Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}),
		decodeTPS: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Name: "decode_tokens_per_second", Help: "Per-request decode speed (tokens after the first).",
			Buckets: []float64{0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000},
		}),
		prefillTPS: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Name: "prefill_tokens_per_second", Help: "Per-request prompt processing speed.",
			Buckets: []float64{1, 5, 10, 25, 50, 100, 250, 500, 1000, 5000, 20000},
		}),
		queueWait: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Name: "queue_wait_seconds", Help: "Time a generation request waited for a slot.",
			Buckets: []float64{.001, .01, .1, .5, 1, 2.5, 5, 10, 30, 60, 120},
		}),
	}
	b := sysinfo.ReadBuild()
	reg.MustRegister(
		m.requests, m.duration, m.errors, m.rejected, m.cancelled, m.promptToks, m.genToks,
		m.ttft, m.decodeTPS, m.prefillTPS, m.queueWait,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: ns, Name: "queue_depth", Help: "Generation requests waiting for a slot.",
		}, func() float64 { return float64(s.queued()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: ns, Name: "active_generations", Help: "Generation requests holding a slot.",
		}, func() float64 { return float64(s.active()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: ns, Name: "slots", Help: "Concurrent generations allowed (sessions).",
		}, func() float64 { return float64(s.opts.Slots) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: ns, Name: "model_loaded", Help: "1 once the model is loaded and the server is ready.",
		}, func() float64 {
			if s.state() != nil {
				return 1
			}
			return 0
		}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: ns, Name: "build_info", Help: "The running build (value 1).",
			ConstLabels: prometheus.Labels{"version": b.Version, "revision": b.Revision, "goversion": b.GoVersion},
		}, func() float64 { return 1 }),
		&kernelCollector{s: s, desc: prometheus.NewDesc(ns+"_kernel_dispatches_total",
			"Compute kernel dispatches counted by the engine since the model was loaded.", []string{"kernel"}, nil)},
	)
	m.vllm = newVLLMMetrics(reg, s)
	return m
}

// observe records one finished HTTP request.
func (m *metrics) observe(endpoint string, code int, seconds float64) {
	m.requests.WithLabelValues(endpoint, strconv.Itoa(code)).Inc()
	m.duration.WithLabelValues(endpoint).Observe(seconds)
}

// kernelCollector exports the engine's dispatch counters at scrape time.
type kernelCollector struct {
	s    *Server
	desc *prometheus.Desc
}

func (c *kernelCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *kernelCollector) Collect(ch chan<- prometheus.Metric) {
	st := c.s.state()
	if st == nil {
		return
	}
	for k, v := range st.model.KernelCounts() {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.CounterValue, float64(v), k)
	}
}
