package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Namespace is the root of every IRI actorgraph mints. It is part of the public
// contract: exports and saved queries use it, so it never changes.
const Namespace = "https://w3id.org/actorgraph/"

// Vocabulary IRIs: classes and properties live under Vocab.
const (
	Vocab = Namespace + "ns#"

	RDFType    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	RDFSLabel  = "http://www.w3.org/2000/01/rdf-schema#label"
	SKOSAlt    = "http://www.w3.org/2004/02/skos/core#altLabel"
	XSDDate    = "http://www.w3.org/2001/XMLSchema#date"
	XSDDouble  = "http://www.w3.org/2001/XMLSchema#double"
	XSDInteger = "http://www.w3.org/2001/XMLSchema#integer"
	XSDTime    = "http://www.w3.org/2001/XMLSchema#dateTime"

	ClassActor      = Vocab + "Actor"
	ClassInitiative = Vocab + "Initiative"
	ClassStatement  = Vocab + "Statement"
	ClassDocument   = Vocab + "Document"

	// PropName holds every normalised name of a node (see NameKey), so that a node
	// can be found by any of its names through the object index.
	PropName        = Vocab + "nameKey"
	PropSubject     = Vocab + "subject"
	PropPredicate   = Vocab + "predicate"
	PropObject      = Vocab + "object"
	PropDocument    = Vocab + "document"
	PropSentence    = Vocab + "sentence"
	PropStart       = Vocab + "start"
	PropEnd         = Vocab + "end"
	PropModality    = Vocab + "modality"
	PropExtractor   = Vocab + "extractor"
	PropTitle       = Vocab + "title"
	PropDate        = Vocab + "date"
	PropSource      = Vocab + "source"
	PropURL         = Vocab + "url"
	PropText        = Vocab + "text"
	PropContentHash = Vocab + "contentHash"
	PropIngestedAt  = Vocab + "ingestedAt"

	// PropConfidence holds a statement's confidence, an xsd:double in [0, 1]. A
	// statement without it (stored before it existed, or imported from another tool)
	// counts as 1.
	PropConfidence = Vocab + "confidence"
)

// PredicateIRI is the IRI of a relation predicate.
func PredicateIRI(p Predicate) string { return Vocab + string(p) }

// KindIRI is the class IRI of a node kind.
func KindIRI(k Kind) string { return Vocab + string(k) }

// NodeIRI is the IRI of an actor or an initiative.
func NodeIRI(n Node) string {
	if n.Kind == KindInitiative {
		return Namespace + "initiative/" + n.ID
	}
	return Namespace + "actor/" + n.ID
}

// DocumentIRI is the IRI of a document.
func DocumentIRI(id string) string { return Namespace + "document/" + id }

// StatementIRI is the IRI of a statement node.
func StatementIRI(id string) string { return Namespace + "statement/" + id }

// Slug turns a name into the stable, readable last segment of an IRI: lower case
// ASCII letters and digits joined by hyphens ("Türkiye" -> "turkiye").
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent: keep the base letter only
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '\u2019':
			// "Haftar's" -> "haftars", not "haftar-s"
		default:
			dash = true
		}
	}
	return b.String()
}

// NameKey normalises a name for lookup: lower case, curly quotes made straight,
// punctuation made space, a leading "the" dropped. "The UAE" and "uae" share a key.
func NameKey(name string) string {
	f := strings.Fields(strings.Map(func(r rune) rune {
		switch {
		case r == '\'' || r == '\u2019':
			return '\''
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return unicode.ToLower(r)
		}
		return ' '
	}, name))
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	return strings.Join(f, " ")
}
