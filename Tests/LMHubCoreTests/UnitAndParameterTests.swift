import Testing
@testable import LMHubCore

struct UnitTests {
    @Test func conductivityInMilliSiemensPerMetreIsTenTimesMicroSiemensPerCentimetre() throws {
        #expect(try MeasurementUnit.millisiemensPerMetre.convert(2.5, to: .microsiemensPerCentimetre) == 25)
        #expect(try MeasurementUnit.microsiemensPerCentimetre.convert(113, to: .millisiemensPerMetre) == 11.3)
    }

    @Test func microgramsToMilligrams() throws {
        #expect(try MeasurementUnit.microgramsPerLitre.convert(150, to: .milligramsPerLitre) == 0.15)
        #expect(try MeasurementUnit.milligramsPerLitre.convert(0.002, to: .microgramsPerLitre) == 2)
    }

    @Test func unitsOfAnotherDimensionDoNotConvert() {
        #expect(throws: UnitConversionError.incompatible(from: .milligramsPerLitre, to: .microsiemensPerCentimetre)) {
            try MeasurementUnit.milligramsPerLitre.convert(1, to: .microsiemensPerCentimetre)
        }
    }

    @Test(arguments: [
        ("mg/L", MeasurementUnit.milligramsPerLitre), ("mg/l", .milligramsPerLitre), ("MG/L", .milligramsPerLitre),
        ("mgL", .milligramsPerLitre), ("ug/L", .microgramsPerLitre), ("µg/L", .microgramsPerLitre), ("μg/L", .microgramsPerLitre),
        ("mSm", .millisiemensPerMetre), ("uS/cm", .microsiemensPerCentimetre), ("C", .degreesCelsius), ("°C", .degreesCelsius),
        ("pH units", .pH), ("个/L", .countPerLitre), ("#/dL", .countPer100Millilitres), ("MPN/100mL", .countPer100Millilitres),
    ])
    func agencySpellingsParse(text: String, unit: MeasurementUnit) {
        #expect(MeasurementUnit(parsing: text) == unit)
    }

    @Test(arguments: ["g/L", "meq/L", "mg", "", "ppm", "#/L100"])
    func unknownUnitsAreNotGuessed(text: String) {
        #expect(MeasurementUnit(parsing: text) == nil)
    }
}

struct ParameterRegistryTests {
    let registry = ParameterRegistry.water

    @Test(arguments: [
        ("NH4N", "NH3-N"), ("NH4-N", "NH3-N"), ("氨氮", "NH3-N"), ("nh3-n", "NH3-N"), ("NH3_N", "NH3-N"),
        ("TOTP", "TP"), ("总磷", "TP"), ("TOTN", "TN"), ("NO32", "NO3-N"), ("CODMN", "CODMn"), ("高锰酸盐指数", "CODMn"),
        ("COND", "EC"), ("DO", "DO"), ("溶解氧", "DO"), ("TEMP", "TEMP"), ("TSS", "TSS"), ("pH", "pH"),
    ])
    func aliasesName(alias: String, code: String) {
        #expect(registry.parameter(named: alias)?.code == code)
    }

    @Test func differentChemicalFormsAreNotAliases() {
        #expect(registry.parameter(named: "NH3")?.code == "NH3")
        #expect(registry.parameter(named: "NH3_mgL") == nil)
        #expect(registry.parameter(named: "NH4N")?.code == "NH3-N")
        #expect(registry.parameter(named: "NO3") == nil)
        #expect(registry.parameter(named: "Ca_Mg") == nil)
    }

    @Test func everyStandardItemNamesARegisteredParameterInAUnitOfItsDimension() throws {
        for standard in try WaterQualityStandard.bundled().values {
            for item in standard.items {
                let parameter = try #require(registry.parameter(named: item.parameter))
                #expect(parameter.code == item.parameter)
                #expect(parameter.canonicalUnit.dimension == item.unit.dimension)
            }
        }
    }
}

/// Converted values carry no binary noise of the scale factor.
struct ConversionNoiseTests {
    @Test(arguments: [(4.52, 45.2), (3.93, 39.3), (3.49, 34.9), (3.12, 31.2), (0.07, 0.7), (12345.678, 123456.78)])
    func millisiemensPerMetreReadAsTheDecimalTheyAre(reported: Double, expected: Double) throws {
        #expect(try MeasurementUnit.millisiemensPerMetre.convert(reported, to: .microsiemensPerCentimetre) == expected)
    }

    @Test func microgramsBecomeTheMilligramsTheyAre() throws {
        #expect(try MeasurementUnit.microgramsPerLitre.convert(200, to: .milligramsPerLitre) == 0.2)
        #expect(try MeasurementUnit.microgramsPerLitre.convert(3, to: .milligramsPerLitre) == 0.003)
        #expect(try MeasurementUnit.milligramsPerLitre.convert(0.0456, to: .microgramsPerLitre) == 45.6)
    }
}
