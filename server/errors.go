package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
)

// OpenAI error types.
const (
	typeInvalidRequest = "invalid_request_error"
	typeAuthentication = "authentication_error"
	typeNotFound       = "not_found_error"
	typeRateLimit      = "rate_limit_error"
	typeServer         = "server_error"
	typeUnavailable    = "service_unavailable_error"
)

// APIError is an error in OpenAI's shape: {"error": {message, type, param,
// code}}, with the HTTP status it is sent with.
type APIError struct {
	Status  int     `json:"-"`
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Param   *string `json:"param"`
	Code    *string `json:"code"`
	// RetryAfter, if positive, is sent as the Retry-After header (seconds).
	RetryAfter int `json:"-"`
}

// Error implements error.
func (e *APIError) Error() string {
	if e.Param != nil {
		return fmt.Sprintf("%d %s: %s (param %s)", e.Status, e.Type, e.Message, *e.Param)
	}
	return fmt.Sprintf("%d %s: %s", e.Status, e.Type, e.Message)
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// badParam is a 400 about one request parameter.
func badParam(param, code, format string, args ...any) *APIError {
	return &APIError{Status: http.StatusBadRequest, Type: typeInvalidRequest, Message: fmt.Sprintf(format, args...),
		Param: strp(param), Code: strp(code)}
}

func badRequest(code, format string, args ...any) *APIError {
	return badParam("", code, format, args...)
}

func errNotFound(code, format string, args ...any) *APIError {
	return &APIError{Status: http.StatusNotFound, Type: typeNotFound, Message: fmt.Sprintf(format, args...), Code: strp(code)}
}

func errMethod(allow string) *APIError {
	return &APIError{Status: http.StatusMethodNotAllowed, Type: typeInvalidRequest,
		Message: "method not allowed: use " + allow, Code: strp("method_not_allowed")}
}

func errTooLarge(limit int64) *APIError {
	return &APIError{Status: http.StatusRequestEntityTooLarge, Type: typeInvalidRequest,
		Message: fmt.Sprintf("request body is larger than %d bytes", limit), Code: strp("request_too_large")}
}

func errUnauthorized(msg string) *APIError {
	return &APIError{Status: http.StatusUnauthorized, Type: typeAuthentication, Message: msg, Code: strp("invalid_api_key")}
}

func errBusy(retryAfter int) *APIError {
	return &APIError{Status: http.StatusTooManyRequests, Type: typeRateLimit,
		Message: "the server is busy: the request queue is full; retry later", Code: strp("queue_full"), RetryAfter: retryAfter}
}

func errUnavailable(code, msg string, retryAfter int) *APIError {
	return &APIError{Status: http.StatusServiceUnavailable, Type: typeUnavailable, Message: msg, Code: strp(code), RetryAfter: retryAfter}
}

func errInternal(msg string) *APIError {
	return &APIError{Status: http.StatusInternalServerError, Type: typeServer, Message: msg, Code: strp("internal_error")}
}

type errorBody struct {
	Error *APIError `json:"error"`
}

// writeError sends e as JSON with its status.
func writeError(w http.ResponseWriter, e *APIError) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	if e.RetryAfter > 0 {
		h.Set("Retry-After", strconv.Itoa(e.RetryAfter))
	}
	w.WriteHeader(e.Status)
	b, _ := json.Marshal(errorBody{e})
	w.Write(append(b, '\n'))
}
