package version

var (
	// Version is the semantic version of this build.
	Version = "v0.0.0"
	// GitCommit is the commit the build was made from, if known.
	GitCommit = ""
	// GitDate is the commit date of GitCommit, if known.
	GitDate = ""
)

// String is the version line printed by `airollup --version`.
func String() string {
	s := Version
	if GitCommit != "" {
		c := GitCommit
		if len(c) > 12 {
			c = c[:12]
		}
		s += "-" + c
	}
	if GitDate != "" {
		s += " (" + GitDate + ")"
	}
	return s
}
