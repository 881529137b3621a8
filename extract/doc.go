// Package extract finds technology restrictions in news articles: who
// banned what, for whom and why.
//
// In goes a cleaned article body with its title and language; out come
// corpus.Claim values, one per restriction, each with its actor, action,
// status, targets, affected sectors, reasons, a confidence and evidence
// sentences quoted at their UTF-8 byte offsets in the body:
//
//	ex, err := extract.New(extract.Options{})
//	claims := ex.Extract(extract.Document{
//		Title:    "Japan to stop buying Huawei gear",
//		Text:     "Japan will stop buying equipment from Huawei and ZTE over spying fears.",
//		Language: "en",
//	})
//	// claims[0]: Japan (JP), purchase_ban, planned, Huawei and ZTE
//	// (telecom_equipment), government, espionage; Text[Start:End] quotes it.
//
// ExtractResult returns the claims with Result.Unplaced, the confidence of a
// restriction found whose imposer's country the article never gives (a
// city council, a parliament's administration): relevance.Judge.Decide
// counts it.
//
// The work is rules over lexicons, all embedded data files in data/ that a
// user extends with Options.Lexicons:
//
//   - Sentences: line breaks first, then prose's Punkt model for English and
//     a rule splitter for German that knows "z. B.", "Nr." and "4. April".
//   - Triggers (triggers.tsv) name the action; status cues (status.tsv) how
//     far it has got.
//   - Actors (actors.tsv: countries, capitals, demonyms with a government
//     noun, ministries, regulators, companies), vendors (vendors.tsv),
//     products that imply their vendor (products.tsv) and technology words
//     (technology.tsv) are found by phrase, never by prose's entity labels.
//   - roles.tsv tells an actor from a vendor's nationality ("Chinese
//     companies") and from the other side reacting ("a Chinese spokesman").
//   - Sectors and reasons come from sectors.tsv and reasons.tsv, in the
//     trigger's clause and neighbouring sentences.
//   - In machine translations, garbled names ("Hikfision", "New Ziland")
//     are read back to the gazetteers with names.
//
// Each trigger gives a mention: its actor (the name before it, after "by",
// in the sentences before, in the headline), its targets (vendors in its
// clause, vendors an anaphor points back to, or one technology phrase), its
// status, sectors and reasons. Mentions of one restriction (same actor
// country, a shared vendor or, without one, the same category) merge into
// one claim: the most specific action wins, the headline's status first.
// The headline picks the primary claim (each actor a headline names
// together with it is primary too; a headline naming only the claim's
// country or vendor counts for less); prose's part-of-speech tags widen
// English target quotes to their noun phrase.
//
// The code is laid out by the question each part answers:
//
//   - article.go: the analysed article, where it is set (placeOf) and whom
//     it is about (dominantActor); analyse.go reads one sentence's phrases
//     and roles.go names the roles of roles.tsv as typed constants.
//   - mentions.go: one mention per trigger and actor, with its confidence
//     weights as named constants.
//   - action.go: what kind of restriction: actionRules, an ordered table
//     refining the trigger's action from its sentence.
//   - actors.go: who acts (subject, actorsFor, ownBody, coordinated).
//   - targets.go: what is targeted: vendors, products, a kind of technology.
//   - status.go: how far it got: statusOf reads the cues (readCues) and
//     decides by statusRules, an ordered table.
//   - sectors.go and reasons.go: for whom and why.
//   - merge.go: mentions of one restriction merged into a claim;
//     primary.go: which claim the article is about.
//
// Mechanisms over the words, each with named EN/DE cases in the test file
// of its question (action_test.go, actors_test.go, targets_test.go,
// status_test.go, reasons_test.go, merge_test.go):
//
//   - Status, by precedence (statusOf): (1) a denial cue in the trigger's
//     clause gives denied, unless a targeted vendor or another country
//     than the actor's says it; (2) a review as the action gives
//     under_review; (3) a step told on the word of the press or unnamed
//     sources gives reported ("will, according to insiders, require"),
//     also over the headline's status, as headlines drop attribution;
//     (4) the governing cue heads the verb chain: the leftmost modality
//     cue (advised, proposed, planned, under_review) before the trigger
//     in its clause, else the nearest after it that can govern it
//     (German verb-final "verboten werden soll"; in English only right
//     after a noun, "TikTok ban planned", never after a past tense).
//     "Is reviewing whether X should be removed" is under review; cues in
//     a background phrase ("after a review", "despite a draft", "nach
//     einer Prüfung") are skipped; an embedded question ("whether to
//     bar", "ob") gives under_review, a headline's bare "to" after the
//     actor planned, an English trigger in the perfect ("has already
//     barred") enacted; (5) a hedge alone ("will reportedly") gives
//     reported; (6) otherwise enacted.
//   - Status: a next sentence that only names the instrument holding the
//     steps ("Das sieht ein Entwurf vor", "This is set out in a draft",
//     "Das hat die Landesregierung beschlossen") gives their status; a
//     denial of reports governs the clause it opens ("wies Berichte
//     zurück, wonach ..."); a vendor after a restriction word is what it
//     restricts, never the one denying (German puts the cue last: "hat
//     Berichte über ein Verbot von TikTok zurückgewiesen").
//   - Status: hearsay is a report word near the press or unnamed sources
//     (roles press, report); a vendor rejecting accusations is no denial;
//     an instrument issued, signed or voted makes a future step enacted; a
//     question asks rather than plans; a modal scopes over the verbs
//     coordinated after it.
//   - Action: a condition ("unless certified") makes a ban a restriction;
//     a successor named ("and move to a domestic messenger") keeps a
//     stop of use a phase-out; a phase-out scoped to buying ("in new
//     purchases", "bei Neuanschaffungen") is a purchase ban, and so is a
//     ban whose barred activity is buying ("bar agencies from using state
//     money to buy", "exclude from a tender"); barring one function of a
//     product ("remote access", "Fernzugriff") restricts it;
//     stopping someone from using is a ban; a lifted restriction is no
//     claim; follow-ups pointing back at vendors and vendor-less mentions
//     folded into a vendors' claim decide no action; another body's step
//     of one country is its own claim.
//   - Actor: bodies named without a country ("the Ministry of
//     Communications", "das Verteidigungsministerium") act, for the
//     country the article is set in when no other is given; the owner of a
//     restriction noun acts after a preposition too; an actor joining
//     another's restriction acts with it; a demonym right before a body
//     named in many countries ("the Egyptian House of Representatives")
//     gives it its country; a country before another country's vendor is
//     a subject, not a nationality. A dateline ("WARSAW (Wire) -", "Wien.")
//     says where the article is set and whose "the government" is; bodies
//     of that name in several countries (Bundeskanzleramt) take it.
//   - Targets: a restriction of a kind of technology takes its vendors
//     from the next sentence when that one opens with the decision ("The
//     new rule covers DJI ...") or, up to three sentences on, says whom
//     it hits ("Betroffen sind vor allem Huawei und Sungrow"), with the
//     vendors coordinated with them.
//   - Targets: a device after "on"/"auf" is where a vendor's product is
//     used ("DeepSeek auf Dienstrechnern"), not its category; with no
//     vendor, a phrase after "with"/"mit" describes the one before it
//     ("vernetzte Autos mit Software aus China" are cars).
//   - Targets: a maker introduced by nationality and a maker noun beside a
//     technology word ("the Chinese manufacturer X", "des chinesischen
//     Herstellers X") is a vendor though the gazetteer lacks it.
//   - Action: a prohibition spread over "weder ... noch" / "neither ...
//     nor" is a ban; a separable verb's particle may stand up to sixteen
//     words off ("schränkt den Einsatz ... in Schulen ein"); a testing or
//     certification requirement restricts.
//   - Actor: German genitives of country names ("Österreichs Bundesheer")
//     are generated from the gazetteer; a country joined by a hyphen to a
//     technology or company word ("US-Clouds") is the makers' nationality;
//     "weil"/"because" open a clause of their own.
//   - Reasons: "aus ... Gründen", "Begründung", "als Grund" give grounds
//     up to three sentences on; the article's grounds may name a country
//     as a place ("could reach China") without being another's.
//   - Reasons: when the sentences reporting the primary restriction give
//     none, the article's grounds are taken: the headline's reason
//     phrases, else the first sentence with a because or grounds word
//     ("amid concerns", "Hintergrund ist die Sorge") naming no other
//     country acting.
//   - Restrictions found with no country to give their imposer make no
//     claim but count for relevance (Result.Unplaced).
//
// Mechanisms from real pages (issue 11):
//
//   - Composed triggers: "stop" governing another verb bans that activity
//     ("stop flying drones"); getting rid of what is owned is a phase-out,
//     avoiding purchases a purchase ban; people ordered to stop make a ban
//     only with a trigger of using (ofUse). Network shutdowns ("cut off
//     internet services") are bans of the internet service.
//   - Control verbs: a vendor a control verb orders to carry out a
//     trigger that has an object of its own is the addressee, not a target
//     ("directed Google and Apple to remove the apps"); stores and a
//     company's chiefs are no targets either (notTargetRules).
//   - Open target slot (opentarget.go): a capitalised name beside a
//     technology word in a restriction's object ("the Clubby app", "die
//     App Lumo") is a vendor candidate the gazetteers lack; a vendor when
//     the article names it again, else the product restricted.
//   - Status: a hedge in the grounds given after a trigger ("for
//     allegedly sharing data") doubts the accusation, not the step; a
//     legislator asking the government to act proposes
//     (legislatorAsks); a step taking effect at once is enacted.
//   - Primary: one decision told over the lead's next sentence, for other
//     vendors, is primary for them too.
//   - RestrictionPhrases hands the ban, purchase-ban and restriction
//     triggers to the relevance stage, so both read the same words as a
//     restriction.
package extract
