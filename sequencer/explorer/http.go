package explorer

import (
	"context"
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"time"
)

//go:embed assets
var assets embed.FS

// Paths the explorer serves.
const (
	PagePath   = "/explorer"
	AssetsPath = "/explorer/assets/"
	StatePath  = "/explorer/api/state"
)

// Register adds the explorer's routes to mux: the page at /explorer (and
// /explorer/), its embedded assets under /explorer/assets/, and the state
// JSON at /explorer/api/state. They are registered explicitly so that a
// catch-all "/" (the JSON-RPC handler) keeps everything else.
func (e *Explorer) Register(mux *http.ServeMux) {
	sub, _ := fs.Sub(assets, "assets") // a constant path of the embedded tree
	mux.HandleFunc("GET "+PagePath, e.page)
	mux.HandleFunc("GET "+PagePath+"/{$}", e.page)
	mux.Handle("GET "+AssetsPath, http.StripPrefix(AssetsPath, http.FileServerFS(sub)))
	mux.HandleFunc("GET "+StatePath, e.state)
}

func (e *Explorer) page(w http.ResponseWriter, r *http.Request) {
	b, err := assets.ReadFile("assets/index.html")
	if err != nil {
		http.Error(w, "page missing", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(b)
}

func (e *Explorer) state(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	s, err := e.State(ctx)
	if err != nil {
		e.log.Warn("explorer state failed", "err", err)
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(s)
}
