package graph

import "encoding/json"

// QueryResult is what a raw or saved query returned: each result already encoded as
// JSON, counted against the query's byte budget as it was produced.
type QueryResult struct {
	Results   []json.RawMessage `json:"results"`
	Truncated bool              `json:"truncated"` // the result cap or the byte budget stopped it
}

// QueryLimits bound what one raw or saved query may return.
type QueryLimits struct {
	// Results is the most results; the query stops at the next one.
	Results int
	// Bytes is the most bytes of JSON the results may take together; a result that
	// would pass it is left out, never encoded whole, and the query stops. Zero means
	// no byte budget.
	Bytes int
}
