package extract

// role is a kind of phrase of roles.tsv that the rules read: a government
// head noun, a verb of saying, a word pointing back. Each sentence holds
// the hits of every role (sent.roles), indexed by role.
type role int

// The roles, in the order of roleNames; roles.tsv explains each one.
const (
	roleGovernment   role = iota // head nouns that make a demonym an actor: "Japanese government"
	roleCompany                  // head nouns that make a demonym a vendor's nationality: "Chinese companies"
	roleSpeaker                  // a speaker reacting: "a foreign ministry spokesperson"
	roleSpeech                   // verbs of saying
	rolePassive                  // auxiliaries and "by"/"from" of a passive trigger
	roleClause                   // words that open a new clause
	roleNegative                 // context of restrictions of no technology: smoking, fireworks
	rolePerson                   // targets that are people or accounts
	roleAnaphor                  // words pointing back at earlier vendors: "them", "both companies"
	roleCoord                    // words joining names: "and", "or"
	roleActorRef                 // words pointing back at an earlier actor: "the department"
	roleExport                   // selling or shipping abroad
	roleAgent                    // words before an actor after its trigger: "banned by"
	roleObject                   // prepositions that make a name an object or place: "to China"
	rolePlural                   // words that make an anaphor plural: "both"
	roleHypothetical             // a possibility: "a possible ban", "could"
	roleBecause                  // the grounds of a decision: "because", "citing"
	roleStaff                    // the actor's own staff: "its employees"
	rolePress                    // news media and unnamed sources: "the newspaper", "insiders"
	roleReport                   // attribution: "reported", "according to", "laut"
	roleMeasure                  // nouns naming a decision: "the new rule"
	roleLift                     // words that undo a restriction: "lifted"
	roleCondition                // a condition: "unless certified"
	roleFollow                   // one actor joining another's restriction: "joined"
	roleBackground               // prepositions of sequence or concession: "after", "despite"
	roleQuestion                 // an embedded question: "whether", "ob"
	roleGrounds                  // words announcing why: "amid concerns", "Hintergrund"
	roleReplacement              // a successor named: "and move to"
	rolePurchase                 // a stop scoped to buying: "in new purchases"
	roleAffects                  // a sentence opening with whom a restriction hits: "Affected are"
	roleFunction                 // one function of a product: "remote access"
	roleBuy                      // verbs of buying
	roleMaker                    // maker nouns before an unknown vendor's name: "manufacturer"
	roleChannel                  // where an app is offered: "App Store", "app stores", "Google Play"
	roleExecutive                // a company's people: "CEO", "founder", "Konzernchef"
	roleControl                  // verbs that order someone to act: "directed", "urged", "aufgefordert"
	roleLegislator               // members of a legislature: "MP", "lawmakers", "Abgeordnete"
	roleSign                     // signing an instrument into force: "signed into law", "unterzeichnete"
	numRoles
)

// roleNames are the roles as roles.tsv names them, indexed by role.
var roleNames = [numRoles]string{"government", "company", "speaker", "speech", "passive", "clause",
	"negative", "person", "anaphor", "coord", "actorref", "export", "agent", "object", "plural", "hypothetical", "because", "staff", "press", "report", "measure", "lift", "condition", "follow", "background", "question", "grounds", "replacement", "purchase", "affects", "function", "buy", "maker", "channel", "executive", "control", "legislator", "sign"}

// roleAt returns the hit of role that starts at token i.
func (s *sent) roleAt(r role, i int) (hit, bool) {
	for _, h := range s.roles[r] {
		if h.From == i {
			return h, true
		}
	}
	return hit{}, false
}

// inRole reports whether token i lies inside a hit of role.
func (s *sent) inRole(r role, i int) bool {
	for _, h := range s.roles[r] {
		if h.From <= i && i < h.To {
			return true
		}
	}
	return false
}

// roleIn reports whether clause c has a phrase of role.
func (s *sent) roleIn(r role, c int) bool {
	for _, h := range s.roles[r] {
		if s.clause[h.From] == c {
			return true
		}
	}
	return false
}

// actorKind is what an actor of actors.tsv is.
type actorKind string

// The kinds of actors.tsv's third column.
const (
	kindCountry actorKind = "country" // a country, its capital: acts
	kindDemonym actorKind = "demonym" // "Chinese": acts only with a government noun after it
	kindOrg     actorKind = "org"     // a named body: "the Federal Communications Commission"
	kindCompany actorKind = "company" // a company acting on its own products or services
)
