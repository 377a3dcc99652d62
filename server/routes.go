package server

import "github.com/labstack/echo/v4"

// addRoutes lists the whole API. openapi.yaml documents each of these routes; a test
// keeps the two in step. Every read runs under a time limit in a bounded number of
// slots: limitReads for the light ones, limitHeavy for queries and graph walks,
// limitExports for the streams.
func addRoutes(e *echo.Echo, h *handlers, opt Options) {
	e.GET("/", h.page)
	e.StaticFS("/static", webFiles())
	e.GET("/favicon.ico", h.favicon)
	e.GET("/healthz", h.health)
	e.GET("/readyz", h.ready)
	e.GET("/metrics", h.metrics.handler())
	e.GET("/openapi.yaml", h.openAPI)

	api := e.Group("/api/v1")
	api.GET("/actors", h.searchActors, h.limitReads)
	api.GET("/actors/:id", h.actor, h.limitReads)
	api.GET("/actors/:id/supporters", h.related(incoming, "supports"), h.limitReads)
	api.GET("/actors/:id/supports", h.related(outgoing, "supports"), h.limitReads)
	api.GET("/actors/:id/opposes", h.related(outgoing, "opposes"), h.limitReads)
	api.GET("/actors/:id/opposed-by", h.related(incoming, "opposes"), h.limitReads)
	api.GET("/actors/:id/neighborhood", h.neighborhood, h.limitHeavy)
	api.GET("/relations", h.relations, h.limitReads)
	api.GET("/paths", h.paths, h.limitHeavy)
	api.GET("/camps", h.camps, h.limitHeavy)
	api.GET("/camps/timeline", h.campsTimeline, h.limitHeavy)
	api.GET("/theatres", h.theatres, h.limitHeavy)
	api.GET("/graph", h.graphView, h.limitHeavy)
	api.GET("/queries", h.savedQueries, h.limitReads)
	api.GET("/queries/:name", h.savedQuery, h.limitHeavy)
	api.POST("/query", h.rawQuery, queryAccess(opt), h.limitHeavy)
	api.GET("/documents", h.documents, h.limitReads)
	api.GET("/documents/:id", h.document, h.limitReads)
	api.POST("/documents", h.ingestDocument, requireToken(opt.Token))
	api.DELETE("/documents/:id", h.deleteDocument, requireToken(opt.Token))
	api.POST("/reextract", h.reextract, requireToken(opt.Token))
	api.POST("/import", h.importQuads, requireToken(opt.Token))
	api.GET("/export", h.export, h.limitExports)
	api.GET("/export/formats", h.exportFormats, h.limitReads)
}
