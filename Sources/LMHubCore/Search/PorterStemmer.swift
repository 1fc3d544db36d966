/// An English stemmer for full-text search: M. F. Porter's original suffix-stripping algorithm, from
/// M. F. Porter, "An algorithm for suffix stripping", *Program* 14(3), 1980, pp. 130–137.
///
/// Steps 1a, 1b, 1c, 2, 3, 4, 5a and 5b are applied exactly as the paper states them. This is neither Porter2
/// (Snowball's English stemmer) nor a later variant: step 2 keeps the paper's `ABLI -> ABLE` and has no
/// `LOGI -> LOG`, the two points where Porter's own ANSI C version (tartarus.org) marks a departure from the paper.
///
/// The input is one lower-case word and the output its stem, which need not be a word: "generalizations" and
/// "general" both give "gener", "happy" gives "happi", "relational" gives "relat". As in the C version, words of
/// two letters or fewer are returned unchanged, and so is any word with a character other than the ASCII letters
/// a–z (capitals, digits, accents, hyphens).
///
/// A consonant is, as in the paper, a letter other than a, e, i, o and u, and other than a "y" preceded by a
/// consonant: "y" is a consonant at the start of a word and after a vowel (in "toy" the consonants are t and y),
/// and a vowel after a consonant (in "syzygy" they are s, z and g).
public enum PorterStemmer {
    public static func stem(_ word: String) -> String {
        var letters = Array(word.utf8)
        guard letters.count > 2, letters.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
            return word
        }
        step1a(&letters)
        step1b(&letters)
        step1c(&letters)
        step2(&letters)
        step3(&letters)
        step4(&letters)
        step5a(&letters)
        step5b(&letters)
        return String(decoding: letters, as: UTF8.self)
    }

    // MARK: The paper's rule tables

    // A step obeys at most one of its rules, the one with the longest matching suffix, and only if the stem before
    // that suffix meets the rule's condition. Each table lists a suffix before any shorter suffix that ends it, so
    // the rule obeyed is the first one whose suffix matches.

    /// One line of a step's table: `suffix -> replacement`.
    struct Rule: Sendable {
        let suffix: [UInt8]
        let replacement: [UInt8]
    }

    /// Step 1a, plurals, no condition.
    static let step1aRules = rules(["sses": "ss", "ies": "i", "ss": "ss", "s": ""])

    /// Step 1b: `(m>0) EED -> EE`, `(*v*) ED ->`, `(*v*) ING ->`.
    static let step1bRules = rules(["eed": "ee", "ed": "", "ing": ""])

    /// Step 1b's tidying after ED or ING is removed, so that -ATE, -BLE and -IZE can be recognised later.
    static let step1bTidyingRules = rules(["at": "ate", "bl": "ble", "iz": "ize"])

    /// Step 2, each rule under (m>0).
    static let step2Rules = rules([
        "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
        "abli": "able", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous",
        "ization": "ize", "ation": "ate", "ator": "ate", "alism": "al",
        "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble",
    ])

    /// Step 3, each rule under (m>0).
    static let step3Rules = rules(["icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""])

    /// Step 4, each suffix removed under (m>1), and ION under (m>1 and (*S or *T)).
    static let step4Rules = rules([
        "al": "", "ance": "", "ence": "", "er": "", "ic": "", "able": "", "ible": "", "ant": "", "ement": "",
        "ment": "", "ent": "", "ion": "", "ou": "", "ism": "", "ate": "", "iti": "", "ous": "", "ive": "", "ize": "",
    ])

    private static func rules(_ pairs: KeyValuePairs<String, String>) -> [Rule] {
        pairs.map { Rule(suffix: Array($0.key.utf8), replacement: Array($0.value.utf8)) }
    }

    // MARK: The steps

    static func step1a(_ w: inout [UInt8]) {
        if let rule = firstMatch(of: step1aRules, in: w) { replace(rule, in: &w) }
    }

    static func step1b(_ w: inout [UInt8]) {
        guard let rule = firstMatch(of: step1bRules, in: w) else { return }
        let stem = w.count - rule.suffix.count
        if rule.suffix.elementsEqual("eed".utf8) {
            if measure(w, upTo: stem) > 0 { replace(rule, in: &w) }
            return
        }
        guard hasVowel(w, upTo: stem) else { return }
        replace(rule, in: &w)
        if let tidying = firstMatch(of: step1bTidyingRules, in: w) {
            replace(tidying, in: &w)
        } else if endsWithDoubleConsonant(w, upTo: w.count) {
            if !isOne(w[w.count - 1], of: "lsz") { w.removeLast() }
        } else if measure(w, upTo: w.count) == 1 && endsCVC(w, upTo: w.count) {
            w.append(UInt8(ascii: "e"))
        }
    }

    /// Step 1c: `(*v*) Y -> I`.
    static func step1c(_ w: inout [UInt8]) {
        if w.last == UInt8(ascii: "y") && hasVowel(w, upTo: w.count - 1) { w[w.count - 1] = UInt8(ascii: "i") }
    }

    static func step2(_ w: inout [UInt8]) {
        if let rule = firstMatch(of: step2Rules, in: w), measure(w, upTo: w.count - rule.suffix.count) > 0 {
            replace(rule, in: &w)
        }
    }

    static func step3(_ w: inout [UInt8]) {
        if let rule = firstMatch(of: step3Rules, in: w), measure(w, upTo: w.count - rule.suffix.count) > 0 {
            replace(rule, in: &w)
        }
    }

    static func step4(_ w: inout [UInt8]) {
        guard let rule = firstMatch(of: step4Rules, in: w) else { return }
        let stem = w.count - rule.suffix.count
        let isION = rule.suffix.elementsEqual("ion".utf8)
        if measure(w, upTo: stem) > 1 && (!isION || isOne(w[stem - 1], of: "st")) { replace(rule, in: &w) }
    }

    /// Step 5a: `(m>1) E ->` and `(m=1 and not *o) E ->`.
    static func step5a(_ w: inout [UInt8]) {
        guard w.last == UInt8(ascii: "e") else { return }
        let m = measure(w, upTo: w.count - 1)
        if m > 1 || (m == 1 && !endsCVC(w, upTo: w.count - 1)) { w.removeLast() }
    }

    /// Step 5b: `(m>1 and *d and *L) -> single letter`.
    static func step5b(_ w: inout [UInt8]) {
        if w.last == UInt8(ascii: "l") && endsWithDoubleConsonant(w, upTo: w.count) && measure(w, upTo: w.count) > 1 {
            w.removeLast()
        }
    }

    private static func firstMatch(of rules: [Rule], in w: [UInt8]) -> Rule? {
        rules.first { $0.suffix.count <= w.count && w[(w.count - $0.suffix.count)...].elementsEqual($0.suffix) }
    }

    private static func replace(_ rule: Rule, in w: inout [UInt8]) {
        w.removeLast(rule.suffix.count)
        w.append(contentsOf: rule.replacement)
    }

    // MARK: The paper's conditions, on the stem w[0..<end]

    private static func isOne(_ letter: UInt8, of letters: StaticString) -> Bool {
        letters.withUTF8Buffer { $0.contains(letter) }
    }

    /// Whether `w[i]` is a consonant: not a, e, i, o or u, and for a "y", not preceded by a consonant. Along a run
    /// of y's consonants and vowels alternate, so this counts back to the letter before the run.
    static func isConsonant(_ w: [UInt8], at i: Int) -> Bool {
        var first = i
        while first > 0 && w[first] == UInt8(ascii: "y") { first -= 1 }
        return !isOne(w[first], of: "aeiou") == ((i - first) % 2 == 0)
    }

    /// m, the measure of the stem written `[C](VC){m}[V]`: the number of vowel sequences followed by a consonant.
    static func measure(_ w: [UInt8], upTo end: Int) -> Int {
        var m = 0
        var afterConsonant = false, afterVowel = false
        for letter in w[..<end] {
            let consonant = !isOne(letter, of: "aeiou") && !(letter == UInt8(ascii: "y") && afterConsonant)
            if consonant && afterVowel { m += 1 }
            afterConsonant = consonant
            afterVowel = !consonant
        }
        return m
    }

    /// *v*: the stem contains a vowel.
    private static func hasVowel(_ w: [UInt8], upTo end: Int) -> Bool {
        (0..<end).contains { !isConsonant(w, at: $0) }
    }

    /// *d: the stem ends with a double consonant.
    private static func endsWithDoubleConsonant(_ w: [UInt8], upTo end: Int) -> Bool {
        end >= 2 && w[end - 1] == w[end - 2] && isConsonant(w, at: end - 1)
    }

    /// *o: the stem ends consonant–vowel–consonant, the second consonant not W, X or Y (-WIL, -HOP).
    private static func endsCVC(_ w: [UInt8], upTo end: Int) -> Bool {
        end >= 3 && isConsonant(w, at: end - 3) && !isConsonant(w, at: end - 2) && isConsonant(w, at: end - 1)
            && !isOne(w[end - 1], of: "wxy")
    }
}
