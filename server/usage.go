package server

// PromptTokensDetails breaks prompt tokens down as OpenAI's usage object does.
type PromptTokensDetails struct {
	// CachedTokens were served from the prefix cache, not recomputed.
	CachedTokens int `json:"cached_tokens"`
}
