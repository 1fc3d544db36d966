import Testing
@testable import LMHubCore

/// The search's English stemmer against M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980,
/// pp. 130–137: every example the paper gives for a step, both as that step's own result and as the word's full
/// stem; the paper's definitions of consonant and measure; its suffixes removed bit by bit; and the words where
/// Porter's later C version, NLTK's extensions and Porter2 stem otherwise.
@Suite struct PorterStemmerTests {
    /// The word after one step alone, as the paper gives each example.
    private func apply(_ step: (inout [UInt8]) -> Void, to word: String) -> String {
        var letters = Array(word.utf8)
        step(&letters)
        return String(decoding: letters, as: UTF8.self)
    }

    // MARK: The paper's examples: word, the step's result, the full stem

    @Test(arguments: [
        ("caresses", "caress", "caress"), ("ponies", "poni", "poni"), ("ties", "ti", "ti"), ("caress", "caress", "caress"),
        ("cats", "cat", "cat"),
    ])
    func step1a(word: String, afterStep: String, stem: String) {
        #expect(apply(PorterStemmer.step1a, to: word) == afterStep)
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("feed", "feed", "feed"), ("agreed", "agree", "agre"), ("plastered", "plaster", "plaster"), ("bled", "bled", "bled"),
        ("motoring", "motor", "motor"), ("sing", "sing", "sing"), ("conflated", "conflate", "conflat"),
        ("troubled", "trouble", "troubl"), ("sized", "size", "size"), ("hopping", "hop", "hop"), ("tanned", "tan", "tan"),
        ("falling", "fall", "fall"), ("hissing", "hiss", "hiss"), ("fizzed", "fizz", "fizz"), ("failing", "fail", "fail"),
        ("filing", "file", "file"),
    ])
    func step1b(word: String, afterStep: String, stem: String) {
        #expect(apply(PorterStemmer.step1b, to: word) == afterStep)
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test(arguments: [("happy", "happi", "happi"), ("sky", "sky", "sky")])
    func step1c(word: String, afterStep: String, stem: String) {
        #expect(apply(PorterStemmer.step1c, to: word) == afterStep)
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("relational", "relate", "relat"), ("conditional", "condition", "condit"), ("rational", "rational", "ration"),
        ("valenci", "valence", "valenc"), ("hesitanci", "hesitance", "hesit"), ("digitizer", "digitize", "digit"),
        ("conformabli", "conformable", "conform"), ("radicalli", "radical", "radic"), ("differentli", "different", "differ"),
        ("vileli", "vile", "vile"), ("analogousli", "analogous", "analog"), ("vietnamization", "vietnamize", "vietnam"),
        ("predication", "predicate", "predic"), ("operator", "operate", "oper"), ("feudalism", "feudal", "feudal"),
        ("decisiveness", "decisive", "decis"), ("hopefulness", "hopeful", "hope"), ("callousness", "callous", "callous"),
        ("formaliti", "formal", "formal"), ("sensitiviti", "sensitive", "sensit"), ("sensibiliti", "sensible", "sensibl"),
    ])
    func step2(word: String, afterStep: String, stem: String) {
        #expect(apply(PorterStemmer.step2, to: word) == afterStep)
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("triplicate", "triplic", "triplic"), ("formative", "form", "form"), ("formalize", "formal", "formal"),
        ("electriciti", "electric", "electr"), ("electrical", "electric", "electr"), ("hopeful", "hope", "hope"),
        ("goodness", "good", "good"),
    ])
    func step3(word: String, afterStep: String, stem: String) {
        #expect(apply(PorterStemmer.step3, to: word) == afterStep)
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("revival", "reviv", "reviv"), ("allowance", "allow", "allow"), ("inference", "infer", "infer"),
        ("airliner", "airlin", "airlin"), ("gyroscopic", "gyroscop", "gyroscop"), ("adjustable", "adjust", "adjust"),
        ("defensible", "defens", "defens"), ("irritant", "irrit", "irrit"), ("replacement", "replac", "replac"),
        ("adjustment", "adjust", "adjust"), ("dependent", "depend", "depend"), ("adoption", "adopt", "adopt"),
        ("homologou", "homolog", "homolog"), ("communism", "commun", "commun"), ("activate", "activ", "activ"),
        ("angulariti", "angular", "angular"), ("homologous", "homolog", "homolog"), ("effective", "effect", "effect"),
        ("bowdlerize", "bowdler", "bowdler"),
    ])
    func step4(word: String, afterStep: String, stem: String) {
        #expect(apply(PorterStemmer.step4, to: word) == afterStep)
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test(arguments: [("probate", "probat", "probat"), ("rate", "rate", "rate"), ("cease", "ceas", "ceas")])
    func step5a(word: String, afterStep: String, stem: String) {
        #expect(apply(PorterStemmer.step5a, to: word) == afterStep)
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test(arguments: [("controll", "control", "control"), ("roll", "roll", "roll")])
    func step5b(word: String, afterStep: String, stem: String) {
        #expect(apply(PorterStemmer.step5b, to: word) == afterStep)
        #expect(PorterStemmer.stem(word) == stem)
    }

    // MARK: The paper's definitions and worked words

    @Test func consonantsAsThePaperDefinesThem() {
        let toy = Array("toy".utf8), syzygy = Array("syzygy".utf8)
        #expect(toy.indices.map { PorterStemmer.isConsonant(toy, at: $0) } == [true, false, true], "in TOY the consonants are T and Y")
        #expect(syzygy.indices.map { PorterStemmer.isConsonant(syzygy, at: $0) } == [true, false, true, false, true, false],
                "in SYZYGY they are S, Z and G")
    }

    @Test(arguments: [
        ("tr", 0), ("ee", 0), ("tree", 0), ("y", 0), ("by", 0),
        ("trouble", 1), ("oats", 1), ("trees", 1), ("ivy", 1),
        ("troubles", 2), ("private", 2), ("oaten", 2), ("orrery", 2),
    ])
    func measureAsThePaperCountsIt(word: String, m: Int) {
        #expect(PorterStemmer.measure(Array(word.utf8), upTo: word.utf8.count) == m)
    }

    @Test func complexSuffixesAreRemovedBitByBit() {
        let steps = [PorterStemmer.step1a, PorterStemmer.step1b, PorterStemmer.step1c, PorterStemmer.step2,
                     PorterStemmer.step3, PorterStemmer.step4, PorterStemmer.step5a, PorterStemmer.step5b]
        func trace(_ word: String) -> [String] {
            var letters = Array(word.utf8)
            return steps.map { step in
                step(&letters)
                return String(decoding: letters, as: UTF8.self)
            }
        }
        #expect(trace("generalizations") == ["generalization", "generalization", "generalization", "generalize", "general",
                                             "gener", "gener", "gener"])
        #expect(trace("oscillators") == ["oscillator", "oscillator", "oscillator", "oscillate", "oscillate", "oscill",
                                         "oscill", "oscil"])
    }

    @Test func theConnectFamilyConflates() {
        for word in ["connect", "connected", "connecting", "connection", "connections"] {
            #expect(PorterStemmer.stem(word) == "connect", "\(word)")
        }
    }

    /// Step 2 as published has ABLI -> ABLE and no LOGI -> LOG: Porter's C version marks BLI -> BLE and LOGI -> LOG
    /// as its departures ("possibl", "ecolog"), NLTK's default mode keeps "sky" and "enjoy" and Porter2 differs more.
    @Test(arguments: [
        ("possibly", "possibli"), ("responsibly", "responsibli"), ("conformably", "conform"), ("ecology", "ecologi"),
        ("technology", "technologi"), ("methodologies", "methodologi"), ("skies", "ski"), ("dying", "dy"),
        ("enjoy", "enjoi"), ("proceed", "proce"),
    ])
    func thePublishedAlgorithmNotItsLaterVariants(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    /// The paper stems every word; like Porter's C version this leaves words of one or two letters alone (the paper
    /// would make "as" "a"), and words that are not plain lower-case ASCII are not its input.
    @Test(arguments: ["", "a", "as", "is", "us", "Rivers", "CO2", "pm25", "e-waste", "naïve", "café", "河流"])
    func shortAndNonLetterWordsAreUnchanged(word: String) {
        #expect(PorterStemmer.stem(word) == word)
    }

    @Test func aLongRunOfYsAlternatesWithoutRecursion() {
        let word = String(repeating: "y", count: 10_000)
        #expect(PorterStemmer.stem(word) == String(repeating: "y", count: 9_999) + "i")
    }

    /// At most one rule of a step is obeyed, the one with the longest matching suffix; the tables rely on listing a
    /// suffix before any shorter one that ends it.
    @Test func eachTableListsLongerSuffixesBeforeTheirEndings() {
        let tables = [PorterStemmer.step1aRules, PorterStemmer.step1bRules, PorterStemmer.step1bTidyingRules,
                      PorterStemmer.step2Rules, PorterStemmer.step3Rules, PorterStemmer.step4Rules]
        #expect(tables.map(\.count) == [4, 3, 3, 20, 7, 19], "the paper's number of rules in each step")
        for table in tables {
            for (i, earlier) in table.enumerated() {
                for later in table[(i + 1)...] {
                    let (first, then) = (String(decoding: earlier.suffix, as: UTF8.self), String(decoding: later.suffix, as: UTF8.self))
                    #expect(!then.hasSuffix(first), "\(first) would hide the later \(then)")
                }
            }
        }
    }

    // MARK: The hub's vocabulary

    @Test func dialogueAndDialoguesStemAlike() {
        #expect(PorterStemmer.stem("dialogue") == PorterStemmer.stem("dialogues"))
    }

    @Test func monitorMonitoringAndMonitoredStemAlike() {
        let stems = Set(["monitor", "monitoring", "monitored", "monitors"].map(PorterStemmer.stem))
        #expect(stems == ["monitor"])
    }

    @Test func agreesWithNLTKsOriginalAlgorithmOnTheHubsVocabulary() {
        let pairs = PorterStemmerVocabulary.nltkOriginal
        #expect(pairs.count > 500)
        let mismatches = pairs.filter { PorterStemmer.stem($0.word) != $0.stem }.map { "\($0.word): \(PorterStemmer.stem($0.word)), NLTK \($0.stem)" }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
