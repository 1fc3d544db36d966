import Testing
@testable import LMHubCore

/// An independent cross-check of the national standards' data files: every expected class below is worked out
/// from LMHub's research notes (`water-quality.md` §2–7 and the second read of December 2026, outside this
/// repository; their trail is in `Resources/standards/ORIGIN.md`), not read from `Resources/standards/`,
/// so that a number mistyped in a JSON file fails here. Values are tried at each limit, just inside and just outside.
struct NationalStandardsTests {
    static let catalog = try! StandardCatalog.bundled()

    /// The unit each limit is written in, as the notes give it (organochlorines in µg/L, bacteria per 100 mL).
    static func unit(of code: String) -> MeasurementUnit {
        switch code {
        case "pH": .pH
        case "TC", "FC", "EColi": .countPer100Millilitres
        case "EC": .millisiemensPerMetre
        case "Aldrin", "Lindane", "Dieldrin", "DDT", "Heptachlor", "HCB": .microgramsPerLitre
        default: .milligramsPerLitre
        }
    }

    static func assessor(_ id: String, _ waterBody: WaterQualityStandard.WaterBody = .river) -> ClassAssessor {
        ClassAssessor(standard: catalog.standards[id]!, waterBody: waterBody)
    }
    static func label(_ id: String, _ code: String, _ value: Double, _ unit: MeasurementUnit? = nil,
                      _ waterBody: WaterQualityStandard.WaterBody = .river) -> String? {
        assessor(id, waterBody).classify(MeasuredValue(value: value, unit: unit ?? Self.unit(of: code)), parameter: code)?.label
    }
    static func mg(_ value: Double) -> MeasuredValue { MeasuredValue(value: value, unit: .milligramsPerLitre) }

    // MARK: Thailand, NEB 1994 (§2): classes 2–4 graded, else 5

    /// §2 table: pH 5–9; DO ≥ 6.0 / 4.0 / 2.0; BOD5 ≤ 1.5 / 2.0 / 4.0; total coliform 5,000 / 20,000 / –;
    /// fecal coliform 1,000 / 4,000 / – (no class 4 limit: any count meets class 4 through the coliforms).
    @Test(arguments: [
        ("pH", 5.0, "2"), ("pH", 4.99, "5"), ("pH", 9.0, "2"), ("pH", 9.01, "5"), ("pH", 7.2, "2"),
        ("DO", 6.0, "2"), ("DO", 8.0, "2"), ("DO", 5.99, "3"), ("DO", 4.0, "3"), ("DO", 3.99, "4"), ("DO", 2.0, "4"), ("DO", 1.99, "5"),
        ("BOD5", 1.5, "2"), ("BOD5", 1.0, "2"), ("BOD5", 1.51, "3"), ("BOD5", 2.0, "3"), ("BOD5", 2.01, "4"), ("BOD5", 4.0, "4"), ("BOD5", 4.01, "5"),
        ("TC", 5000, "2"), ("TC", 5001, "3"), ("TC", 20000, "3"), ("TC", 20001, "4"), ("TC", 10_000_000, "4"),
        ("FC", 1000, "2"), ("FC", 999, "2"), ("FC", 1001, "3"), ("FC", 4000, "3"), ("FC", 4001, "4"), ("FC", 10_000_000, "4"),
    ])
    func thailandGradedItems(code: String, value: Double, expected: String) {
        #expect(Self.label("th-pcd-1994", code, value) == expected)
    }

    /// §2 rows with one value for classes 2–4 (Cd: the stricter 0.005; the four organochlorines in µg/L, [M]).
    @Test(arguments: [
        ("NO3-N", 5.0), ("NH3-N", 0.5), ("Phenol", 0.005), ("Cu", 0.1), ("Ni", 0.1), ("Mn", 1.0), ("Zn", 1.0),
        ("Cd", 0.005), ("Cr(VI)", 0.05), ("Pb", 0.05), ("Hg", 0.002), ("As", 0.01), ("CN", 0.005),
        ("DDT", 1.0), ("Dieldrin", 0.1), ("Aldrin", 0.1), ("Heptachlor", 0.2),
    ])
    func thailandOneLimitForClasses2To4(code: String, limit: Double) {
        #expect(Self.label("th-pcd-1994", code, limit) == "2", "\(code) at \(limit)")
        #expect(Self.label("th-pcd-1994", code, limit * 0.99) == "2", "\(code) just inside \(limit)")
        #expect(Self.label("th-pcd-1994", code, limit * 1.01) == "5", "\(code) just past \(limit)")
    }

    @Test func thailandSampleWithUnlimitedColiformsIsClass4NotWorse() {
        let result = Self.assessor("th-pcd-1994").assess([
            "DO": Self.mg(7), "TC": MeasuredValue(value: 250_000, unit: .countPer100Millilitres), "NH3-N": Self.mg(0.2),
        ])
        #expect(result.label == "4")
        #expect(result.drivers == ["TC"])
    }

    @Test func thailandSingleSampleBasisNamesThePeriodStatistic() {
        let thai = Self.assessor("th-pcd-1994")
        #expect(thai.classify(Self.mg(5), parameter: "DO")?.basis == .singleValueForPercentile(.p20))
        #expect(thai.classify(Self.mg(1), parameter: "BOD5")?.basis == .singleValueForPercentile(.p80))
        #expect(thai.classify(Self.mg(0.2), parameter: "NH3-N")?.basis == .singleValue)
    }

    /// Five DO values in a year. Sorted: 1.5, 7.5, 7.6, 7.8, 8.0. Type 7: h = (5 − 1)·0.20 = 0.8, so
    /// P20 = x₀ + 0.8·(x₁ − x₀) = 1.5 + 0.8·(7.5 − 1.5) = 1.5 + 4.8 = 6.3 mg/L ≥ 6.0 → class 2 (numpy gives 6.3 too),
    /// while the worst single sample, 1.5 < 2.0, would be class 5.
    @Test func thailandPeriodJudgesDissolvedOxygenOnItsTwentiethPercentile() throws {
        let dissolvedOxygen = [7.5, 1.5, 8.0, 7.8, 7.6]
        let p20 = try #require(PeriodAssessor.percentile(dissolvedOxygen, 20))
        #expect(abs(p20 - 6.3) < 1e-9)
        let thai = Self.assessor("th-pcd-1994")
        let samples = dissolvedOxygen.map { ["DO": Self.mg($0), "NH3-N": Self.mg(0.3)] }
        let period = PeriodAssessor(thai).assess(samples)
        #expect(period.label == "2")
        #expect(period.parameters.first { $0.parameter == "DO" }?.basis == .percentile(.p20, samples: 5))
        #expect(thai.assess(["DO": Self.mg(1.5), "NH3-N": Self.mg(0.3)]).label == "5")
        // NH3-N has no statistic: one value over 0.5 in the period makes the period class 5.
        let oneBad = samples + [["DO": Self.mg(7.0), "NH3-N": Self.mg(0.6)]]
        let worse = PeriodAssessor(thai).assess(oneBad)
        #expect(worse.label == "5")
        #expect(worse.drivers == ["NH3-N"])
        #expect(worse.parameters.first { $0.parameter == "NH3-N" }?.basis == .worstOf(samples: 6))
    }

    // MARK: Viet Nam, QCVN 08:2023 (§3a): levels A–C, else D

    /// Table 1 rows 1–36: one maximum for every level, so meeting it leaves level A open and exceeding it is D.
    @Test(arguments: [
        ("NO2-N", 0.05), ("NH3-N", 0.3), ("Cl", 250), ("F", 1), ("CN", 0.01), ("As", 0.01), ("Cd", 0.005),
        ("Pb", 0.02), ("Cr(VI)", 0.01), ("CrT", 0.05), ("Cu", 0.1), ("Zn", 0.5), ("Ni", 0.1), ("Mn", 0.1),
        ("Hg", 0.001), ("Fe", 0.5), ("Sb", 0.02), ("LAS", 0.1), ("Phenol", 0.005), ("Aldrin", 0.1), ("Lindane", 0.02),
        ("Dieldrin", 0.1), ("DDT", 1.0), ("Heptachlor", 0.2), ("OilGrease", 5.0), ("PCBs", 0.0005), ("PCE", 0.04),
        ("1,4-Dioxane", 0.05), ("CCl4", 0.004), ("1,2-DCA", 0.03), ("CH2Cl2", 0.02), ("Benzene", 0.01),
        ("CHCl3", 0.08), ("HCHO", 0.5), ("DEHP", 0.008), ("HCB", 0.04),
    ])
    func vietnam2023HealthLimitsOfTable1(code: String, limit: Double) {
        for waterBody in WaterQualityStandard.WaterBody.allCases {
            #expect(Self.label("vn-qcvn08-2023", code, limit, nil, waterBody) == "A", "\(code) at \(limit), \(waterBody)")
            #expect(Self.label("vn-qcvn08-2023", code, limit * 0.99, nil, waterBody) == "A", "\(code) inside, \(waterBody)")
            #expect(Self.label("vn-qcvn08-2023", code, limit * 1.01, nil, waterBody) == "D", "\(code) past, \(waterBody)")
        }
    }

    /// Table 2 (rivers): pH 6.5–8.5 / 6.0–8.5 / 6.0–8.5; BOD5 4 / 6 / 10; COD 10 / 15 / 20; TOC 4 / 6 / (8, from D "> 8");
    /// DO (6.0, inferred from the lake table: level A lost) / 5.0 / 4.0; TP 0.1 / 0.3 / 0.5; TN 0.6 / 1.5 / 2.0;
    /// coliform 1,000 / 5,000 / 7,500; thermotolerant ("heat-resistant") coliforms 200 / 1,000 / 1,500.
    @Test(arguments: [
        ("pH", 6.5, "A"), ("pH", 8.5, "A"), ("pH", 6.49, "B"), ("pH", 6.0, "B"), ("pH", 5.99, "D"), ("pH", 8.51, "D"),
        ("BOD5", 4, "A"), ("BOD5", 4.01, "B"), ("BOD5", 6, "B"), ("BOD5", 6.01, "C"), ("BOD5", 10, "C"), ("BOD5", 10.01, "D"),
        ("COD", 10, "A"), ("COD", 10.1, "B"), ("COD", 15, "B"), ("COD", 15.1, "C"), ("COD", 20, "C"), ("COD", 20.1, "D"),
        ("TOC", 4, "A"), ("TOC", 4.01, "B"), ("TOC", 6, "B"), ("TOC", 6.01, "C"), ("TOC", 8, "C"), ("TOC", 8.01, "D"),
        ("DO", 9, "A"), ("DO", 6.0, "A"), ("DO", 5.99, "B"), ("DO", 5.0, "B"), ("DO", 4.99, "C"), ("DO", 4.0, "C"), ("DO", 3.99, "D"),
        ("TP", 0.1, "A"), ("TP", 0.11, "B"), ("TP", 0.3, "B"), ("TP", 0.31, "C"), ("TP", 0.5, "C"), ("TP", 0.51, "D"),
        ("TN", 0.6, "A"), ("TN", 0.61, "B"), ("TN", 1.5, "B"), ("TN", 1.51, "C"), ("TN", 2.0, "C"), ("TN", 2.01, "D"),
        ("TC", 1000, "A"), ("TC", 1001, "B"), ("TC", 5000, "B"), ("TC", 5001, "C"), ("TC", 7500, "C"), ("TC", 7501, "D"),
        ("FC", 200, "A"), ("FC", 201, "B"), ("FC", 1000, "B"), ("FC", 1001, "C"), ("FC", 1500, "C"), ("FC", 1501, "D"),
    ])
    func vietnam2023RiverLevels(code: String, value: Double, expected: String) {
        #expect(Self.label("vn-qcvn08-2023", code, value) == expected)
    }

    /// Table 3 (lakes): only level A and part of B are legible: BOD5 4 / 6, COD 10 / 15, TOC 4 / 6, TSS 5 / 15,
    /// DO 6.0 / 5.0, TP 0.1 / 0.3, TN 0.6 / 1.5, coliform – / 5,000 (level A lost), thermotolerant coliforms 200 / 1,000.
    @Test(arguments: [
        ("BOD5", 4.0, "A"), ("BOD5", 4.01, "B"), ("BOD5", 6, "B"), ("COD", 10, "A"), ("COD", 10.1, "B"), ("COD", 15, "B"),
        ("TOC", 4, "A"), ("TOC", 6, "B"), ("TSS", 5, "A"), ("TSS", 5.1, "B"), ("TSS", 15, "B"),
        ("DO", 6.0, "A"), ("DO", 5.99, "B"), ("DO", 5.0, "B"), ("TP", 0.1, "A"), ("TP", 0.3, "B"),
        ("TN", 0.6, "A"), ("TN", 0.61, "B"), ("TN", 1.5, "B"), ("FC", 200, "A"), ("FC", 1000, "B"),
        ("TC", 1, "B"), ("TC", 5000, "B"), ("TC", 5001, "D"),
    ])
    func vietnam2023LakeLevels(code: String, value: Double, expected: String) {
        #expect(Self.label("vn-qcvn08-2023", code, value, nil, .lake) == expected)
    }

    @Test func vietnam2023RiverTSSIsNotJudgedAndTable1DrivesTheLevel() {
        #expect(Self.label("vn-qcvn08-2023", "TSS", 10) == nil)
        let result = Self.assessor("vn-qcvn08-2023").assess([
            "DO": Self.mg(6), "BOD5": Self.mg(3), "As": Self.mg(0.02), "TSS": Self.mg(40),
        ])
        #expect(result.label == "D")
        #expect(result.drivers == ["As"])
        #expect(result.notAssessed == ["TSS"])
    }

    /// The last coliform column of Tables 2 and 3 is "heat-resistant" (thermotolerant) coliforms, held as FC:
    /// E. coli results are not judged by it, and the names it goes by find FC, not EColi.
    @Test func vietnam2023LastColiformColumnIsThermotolerantNotEColi() {
        let standard = Self.catalog.standards["vn-qcvn08-2023"]!
        #expect(standard.items.filter { $0.parameter == "FC" }.compactMap(\.waterBody) == [.river, .lake])
        #expect(!standard.items.contains { $0.parameter == "EColi" })
        for waterBody in WaterQualityStandard.WaterBody.allCases {
            let eColi = MeasuredValue(value: 150, unit: .countPer100Millilitres)
            #expect(Self.assessor("vn-qcvn08-2023", waterBody).assess(["EColi": eColi]).notAssessed == ["EColi"])
        }
        for name in ["Thermotolerant coliforms", "Heat-resistant coliforms", "Coliform chịu nhiệt", "Fecal coliform"] {
            #expect(ParameterRegistry.water.parameter(named: name)?.code == "FC", "\(name)")
        }
        #expect(ParameterRegistry.water.parameter(named: "FC")?.name.text("en") == "Thermotolerant (fecal) coliforms")
        #expect(ParameterRegistry.water.parameter(named: "E. coli")?.code == "EColi")
    }

    /// River DO at level A and TOC at level C are illegible in the translation: LMHub's inferred 6.0 and 8 are marked so.
    @Test func vietnam2023InferredLimitsAreMarkedAndUnverified() throws {
        let standard = Self.catalog.standards["vn-qcvn08-2023"]!
        let dissolvedOxygen = try #require(standard.item(for: "DO", in: .river))
        #expect(dissolvedOxygen.limits == [6.0, 5.0, 4.0] && dissolvedOxygen.inferredFor == ["A"] && !dissolvedOxygen.verified)
        #expect(standard.isInferred(dissolvedOxygen, rank: 1) && !standard.isInferred(dissolvedOxygen, rank: 2))
        #expect(try #require(standard.item(for: "TOC", in: .river)).inferredFor == ["C"])
        #expect(try #require(standard.item(for: "DO", in: .lake)).inferredFor == nil)
    }

    // MARK: Viet Nam, QCVN 08-MT:2015 (§3b): columns A1, A2, B1, B2, else >B2
    @Test(arguments: [
        ("pH", 6.0, "A1"), ("pH", 8.5, "A1"), ("pH", 5.99, "B1"), ("pH", 8.51, "B1"), ("pH", 5.5, "B1"), ("pH", 9, "B1"),
        ("pH", 5.49, ">B2"), ("pH", 9.01, ">B2"),
        ("DO", 6, "A1"), ("DO", 5.99, "A2"), ("DO", 5, "A2"), ("DO", 4, "B1"), ("DO", 3.99, "B2"), ("DO", 2, "B2"), ("DO", 1.99, ">B2"),
        ("BOD5", 4, "A1"), ("BOD5", 4.01, "A2"), ("BOD5", 6, "A2"), ("BOD5", 15, "B1"), ("BOD5", 15.01, "B2"),
        ("BOD5", 25, "B2"), ("BOD5", 25.01, ">B2"),
        ("COD", 10, "A1"), ("COD", 15, "A2"), ("COD", 30, "B1"), ("COD", 30.1, "B2"), ("COD", 50, "B2"), ("COD", 50.1, ">B2"),
        ("TSS", 20, "A1"), ("TSS", 20.1, "A2"), ("TSS", 30, "A2"), ("TSS", 50, "B1"), ("TSS", 100, "B2"), ("TSS", 100.1, ">B2"),
        ("NH3-N", 0.3, "A1"), ("NH3-N", 0.31, "B1"), ("NH3-N", 0.9, "B1"), ("NH3-N", 0.91, ">B2"),
        ("NO3-N", 2, "A1"), ("NO3-N", 5, "A2"), ("NO3-N", 10, "B1"), ("NO3-N", 15, "B2"), ("NO3-N", 15.1, ">B2"),
        ("PO4-P", 0.1, "A1"), ("PO4-P", 0.2, "A2"), ("PO4-P", 0.3, "B1"), ("PO4-P", 0.5, "B2"), ("PO4-P", 0.51, ">B2"),
        ("TC", 2500, "A1"), ("TC", 2501, "A2"), ("TC", 5000, "A2"), ("TC", 7500, "B1"), ("TC", 10000, "B2"), ("TC", 10001, ">B2"),
        ("Fe", 0.5, "A1"), ("Fe", 1, "A2"), ("Fe", 1.5, "B1"), ("Fe", 2, "B2"), ("Fe", 2.01, ">B2"),
        ("Mn", 0.1, "A1"), ("Mn", 0.2, "A2"), ("Mn", 0.5, "B1"), ("Mn", 1, "B2"), ("Mn", 1.01, ">B2"),
        ("Pb", 0.02, "A1"), ("Pb", 0.021, "B1"), ("Pb", 0.05, "B1"), ("Pb", 0.051, ">B2"),
        ("As", 0.01, "A1"), ("As", 0.02, "A2"), ("As", 0.05, "B1"), ("As", 0.1, "B2"), ("As", 0.11, ">B2"),
        ("Hg", 0.001, "A1"), ("Hg", 0.0011, "B2"), ("Hg", 0.002, "B2"), ("Hg", 0.0021, ">B2"),
        ("Cd", 0.005, "A1"), ("Cd", 0.0051, "B1"), ("Cd", 0.01, "B1"), ("Cd", 0.011, ">B2"),
        // Further rows, [M] in the notes ("–" for chloride in B2: no limit there); cyanide as the second read
        // found it, 0.05 at A1 and B1, A2 and B2 not at hand (so above 0.05 nothing is left but >B2).
        ("NO2-N", 0.05, "A1"), ("NO2-N", 0.051, ">B2"), ("Cl", 250, "A1"), ("Cl", 251, "A2"), ("Cl", 350, "A2"), ("Cl", 351, "B2"),
        ("F", 1, "A1"), ("F", 1.5, "A2"), ("F", 2, "B2"), ("F", 2.01, ">B2"), ("CN", 0.02, "A1"), ("CN", 0.05, "A1"),
        ("CN", 0.051, ">B2"), ("Cu", 0.1, "A1"), ("Cu", 0.2, "A2"), ("Cu", 0.5, "B1"), ("Cu", 1, "B2"),
        ("Cu", 1.01, ">B2"), ("Zn", 0.5, "A1"), ("Zn", 1, "A2"), ("Zn", 1.5, "B1"), ("Zn", 2, "B2"), ("Zn", 2.01, ">B2"),
        ("Ni", 0.1, "A1"), ("Ni", 0.11, ">B2"), ("Cr(VI)", 0.01, "A1"), ("Cr(VI)", 0.02, "A2"), ("Cr(VI)", 0.04, "B1"),
        ("Cr(VI)", 0.05, "B2"), ("Cr(VI)", 0.051, ">B2"), ("CrT", 0.05, "A1"), ("CrT", 0.1, "A2"), ("CrT", 0.5, "B1"),
        ("CrT", 1, "B2"), ("CrT", 1.01, ">B2"), ("OilGrease", 0.3, "A1"), ("OilGrease", 0.5, "A2"), ("OilGrease", 1, "B1"),
        ("OilGrease", 1.01, ">B2"), ("Phenol", 0.005, "A1"), ("Phenol", 0.01, "B1"), ("Phenol", 0.02, "B2"),
        ("Phenol", 0.021, ">B2"), ("LAS", 0.1, "A1"), ("LAS", 0.2, "A2"), ("LAS", 0.4, "B1"), ("LAS", 0.5, "B2"),
        ("LAS", 0.51, ">B2"), ("EColi", 20, "A1"), ("EColi", 50, "A2"), ("EColi", 100, "B1"), ("EColi", 200, "B2"), ("EColi", 201, ">B2"),
    ])
    func vietnam2015Columns(code: String, value: Double, expected: String) {
        #expect(Self.label("vn-qcvn08-2015", code, value) == expected)
    }

    /// Cyanide: 0.05 mg/L at A1 and B1 (a laboratory's copy of the table); A2 and B2 were not seen and are not loaded.
    @Test func vietnam2015CyanideLoadsOnlyTheColumnsSeen() throws {
        let standard = Self.catalog.standards["vn-qcvn08-2015"]!
        let cyanide = try #require(standard.item(for: "CN", in: .river))
        #expect(cyanide.limits == [0.05, nil, 0.05, nil] && cyanide.noLimitFor == nil && !cyanide.verified)
        #expect(Self.label("vn-qcvn08-2015", "CN", 0.005) == "A1")
        #expect(Self.label("vn-qcvn08-2015", "CN", 0.06) == ">B2")
    }

    // MARK: Viet Nam, version by date
    @Test func vietnamVersionIsChosenBySampleDate() throws {
        let before = try Self.catalog.resolve("vn-qcvn08", on: "2023-09-11")
        #expect(before.standard.id == "vn-qcvn08-2015" && before.inForce && before.chosenByDate)
        let on = try Self.catalog.resolve("vn-qcvn08", on: "2023-09-12")
        #expect(on.standard.id == "vn-qcvn08-2023" && on.inForce && on.chosenByDate)
        // Before the first version: the first version, marked as not in force.
        let early = try Self.catalog.resolve("vn-qcvn08", on: "2004-10-01")
        #expect(early.standard.id == "vn-qcvn08-2015" && !early.inForce)
        // DO 4.5 mg/L: B1 under 2015 (≥ 4), C under 2023 (≥ 4.0, < 5.0).
        #expect(ClassAssessor(standard: before.standard).classify(Self.mg(4.5), parameter: "DO")?.label == "B1")
        #expect(ClassAssessor(standard: on.standard).classify(Self.mg(4.5), parameter: "DO")?.label == "C")
    }

    @Test func anExplicitVersionOverridesTheDate() throws {
        let old = try Self.catalog.resolve("vn-qcvn08-2015", on: "2024-06-01")
        #expect(old.standard.id == "vn-qcvn08-2015" && !old.inForce && !old.chosenByDate)
        let new = try Self.catalog.resolve("vn-qcvn08-2023", on: "2010-01-01")
        #expect(new.standard.id == "vn-qcvn08-2023" && !new.inForce && !new.chosenByDate)
        #expect(throws: UnknownStandardError.self) { try Self.catalog.resolve("vn-qcvn09", on: "2024-06-01") }
    }

    // MARK: Cambodia, Sub-decree 27 Annex 4 (§4): the lenient end of each range is the limit

    /// River: pH 6.5–8.5, BOD5 1–10, SS 25–100, DO 2.0–7.5, coliform < 5,000; COD, TN, TP "–".
    @Test(arguments: [
        ("pH", 6.5, "meets"), ("pH", 8.5, "meets"), ("pH", 6.49, "exceeds"), ("pH", 8.51, "exceeds"),
        ("BOD5", 10, "meets"), ("BOD5", 1, "meets"), ("BOD5", 10.01, "exceeds"),
        ("TSS", 100, "meets"), ("TSS", 99, "meets"), ("TSS", 100.1, "exceeds"),
        ("DO", 2.0, "meets"), ("DO", 7.5, "meets"), ("DO", 1.99, "exceeds"),
        ("TC", 4999, "meets"), ("TC", 5001, "exceeds"),
    ])
    func cambodiaRiver(code: String, value: Double, expected: String) {
        #expect(Self.label("kh-sd27-1999", code, value) == expected)
    }

    /// Lake and reservoir: pH 6.5–8.5, COD 1–8, SS 1–15, DO 2.0–7.5, coliform < 1,000, TN 0.1–0.6, TP 0.005–0.05; BOD5 "–".
    @Test(arguments: [
        ("pH", 6.5, "meets"), ("pH", 8.51, "exceeds"), ("COD", 8, "meets"), ("COD", 8.01, "exceeds"),
        ("TSS", 15, "meets"), ("TSS", 15.1, "exceeds"), ("DO", 2.0, "meets"), ("DO", 1.99, "exceeds"),
        ("TC", 999, "meets"), ("TC", 1001, "exceeds"), ("TN", 0.6, "meets"), ("TN", 0.61, "exceeds"),
        ("TP", 0.05, "meets"), ("TP", 0.051, "exceeds"),
    ])
    func cambodiaLake(code: String, value: Double, expected: String) {
        #expect(Self.label("kh-sd27-1999", code, value, nil, .lake) == expected)
    }

    @Test func cambodiaJudgesOnlyTheColumnsOfEachWaterBody() {
        #expect(Self.label("kh-sd27-1999", "COD", 5) == nil)
        #expect(Self.label("kh-sd27-1999", "TP", 0.01) == nil)
        #expect(Self.label("kh-sd27-1999", "BOD5", 5, nil, .lake) == nil)
    }

    // MARK: MRC targets (§7): meets / exceeds
    @Test(arguments: [
        ("pH", 6.0, "meets"), ("pH", 9, "meets"), ("pH", 5.99, "exceeds"), ("pH", 9.01, "exceeds"),
        ("EC", 150, "meets"), ("EC", 149, "meets"), ("EC", 150.01, "exceeds"), ("NH3", 0.1, "meets"), ("NH3", 0.101, "exceeds"),
        ("DO", 5, "meets"), ("DO", 5.01, "meets"), ("DO", 4.99, "exceeds"), ("TP", 0.13, "meets"), ("TP", 0.131, "exceeds"),
        ("BOD5", 4, "meets"), ("BOD5", 4.01, "exceeds"), ("CODMn", 5, "meets"), ("CODMn", 5.01, "exceeds"),
        ("NH3-N", 0.5, "meets"), ("NH3-N", 0.51, "exceeds"), ("NO3-N", 5, "meets"), ("NO3-N", 5.01, "exceeds"),
        ("FC", 1000, "meets"), ("FC", 1001, "exceeds"),
    ])
    func mrcTargets(code: String, value: Double, expected: String) {
        #expect(Self.label("mrc-tgwq", code, value) == expected)
    }

    // MARK: Units, unassessed parameters, standards without limits, verified flags

    @Test func valuesInOtherUnitsAreConvertedToTheLimitsUnit() {
        // 1 mS/m = 10 µS/cm, so the 150 mS/m EC target is 1500 µS/cm.
        #expect(Self.label("mrc-tgwq", "EC", 1500, .microsiemensPerCentimetre) == "meets")
        #expect(Self.label("mrc-tgwq", "EC", 1500.1, .microsiemensPerCentimetre) == "exceeds")
        // Arsenic in µg/L against mg/L limits: Thailand 0.01, QCVN 2015 A2 0.02 / B1 0.05, QCVN 2023 Table 1 0.01.
        #expect(Self.label("th-pcd-1994", "As", 10, .microgramsPerLitre) == "2")
        #expect(Self.label("th-pcd-1994", "As", 11, .microgramsPerLitre) == "5")
        #expect(Self.label("vn-qcvn08-2015", "As", 20, .microgramsPerLitre) == "A2")
        #expect(Self.label("vn-qcvn08-2015", "As", 50, .microgramsPerLitre) == "B1")
        #expect(Self.label("vn-qcvn08-2023", "As", 10.5, .microgramsPerLitre) == "D")
        // DDT in mg/L against a µg/L limit (Thailand 1.0 µg/L).
        #expect(Self.label("th-pcd-1994", "DDT", 0.001, .milligramsPerLitre) == "2")
    }

    @Test func aParameterAStandardLacksIsNotAssessedNotPassed() {
        let thai = Self.assessor("th-pcd-1994").assess([
            "DO": Self.mg(7), "COD": Self.mg(80), "TEMP": MeasuredValue(value: 31, unit: .degreesCelsius),
        ])
        #expect(thai.label == "2")
        #expect(thai.notAssessed == ["COD", "TEMP"])
        #expect(!thai.parameters.contains { $0.parameter == "COD" })
        let mrc = Self.assessor("mrc-tgwq").assess(["TC": MeasuredValue(value: 90_000, unit: .countPer100Millilitres)])
        #expect(mrc.label == nil && mrc.notAssessed == ["TC"])
    }

    @Test(arguments: [("la-nes", WaterQualityStandard.Status.limitsNotLoaded), ("mm-none", .noStandard)])
    func standardsWithoutLimitsClassNothing(id: String, status: WaterQualityStandard.Status) {
        let standard = Self.catalog.standards[id]!
        #expect(standard.status == status && standard.items.isEmpty)
        let sample = ["pH": MeasuredValue(value: 7, unit: .pH), "DO": Self.mg(1), "NH3-N": Self.mg(9)]
        let result = ClassAssessor(standard: standard).assess(sample)
        #expect(result.label == nil && result.rank == nil && result.parameters.isEmpty)
        #expect(result.notAssessed == ["DO", "NH3-N", "pH"])
    }

    /// The notes' confidence labels: Thailand's main table [V], its cut-off pesticide rows [M]; QCVN 2023 Table 1 [V],
    /// Table 2 [P]; QCVN 2015 first table [V], further rows [M]; Cambodia's annex and the MRC targets [M].
    @Test(arguments: [
        ("th-pcd-1994", "DO", true), ("th-pcd-1994", "NH3-N", true), ("th-pcd-1994", "DDT", false),
        ("vn-qcvn08-2023", "As", true), ("vn-qcvn08-2023", "BOD5", false), ("vn-qcvn08-2015", "DO", true),
        ("vn-qcvn08-2015", "Cu", false), ("kh-sd27-1999", "BOD5", false), ("kh-sd27-1999", "DO", false), ("mrc-tgwq", "DO", false),
    ])
    func verifiedFollowsTheNotesConfidence(id: String, code: String, verified: Bool) {
        let value = MeasuredValue(value: 1, unit: Self.unit(of: code))
        #expect(Self.assessor(id).classify(value, parameter: code)?.verified == verified)
    }
}
