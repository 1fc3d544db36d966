extension GResModel {
    /// Refuses inputs the equations cannot take: wrong vector lengths, land-cover shares not summing to 1
    /// (± 0.01), areas, volumes and depths that are not positive, a mean depth not below the maximum depth (no
    /// littoral zone), an intake below the bottom, non-finite numbers, monthly temperatures outside the range of the
    /// data file (`inputRanges`), a biome the data file does not list.
    /// - Throws: ``ReservoirInputError`` naming the reservoir and the field, in the reemission layout's names.
    func validate(_ input: ReservoirInput) throws(ReservoirInputError) {
        func fail(_ field: String, _ message: String) -> ReservoirInputError {
            ReservoirInputError(reservoir: input.name, field: field, message: message)
        }
        let catchment = input.catchment, basin = input.basin
        guard input.monthlyTemperatures.count == 12 else {
            throw fail("monthly_temps", "expected 12 monthly temperatures, found \(input.monthlyTemperatures.count)")
        }
        let covers = coefficients.landCovers.count, soils = coefficients.soilTypes.count
        for (field, shares, count) in [("catchment.area_fractions", catchment.landCover, covers), ("reservoir.area_fractions", basin.landCover, covers * soils)] {
            guard shares.count == count else { throw fail(field, "expected \(count) shares, found \(shares.count)") }
            guard shares.allSatisfy({ $0 >= 0 && $0.isFinite }) else { throw fail(field, "a share is negative or not a number") }
            let sum = shares.reduce(0, +)
            guard abs(sum - 1) <= 0.01 else { throw fail(field, "shares sum to \(sum), not 1 (± 0.01)") }
        }
        let positive: [(String, Double)] = [
            ("catchment.area", catchment.area), ("catchment.runoff", catchment.runoff), ("reservoir.volume", basin.volume),
            ("reservoir.area", basin.area), ("reservoir.max_depth", basin.maximumDepth), ("reservoir.mean_depth", basin.meanDepth),
        ]
        for (field, value) in positive where !(value > 0 && value.isFinite) {
            throw fail(field, "must be a positive number, found \(value)")
        }
        let nonNegative: [(String, Double?)] = [
            ("catchment.riv_length", catchment.riverLength), ("catchment.population", catchment.population),
            ("reservoir.soil_carbon", basin.soilCarbon), ("reservoir.mean_radiance", basin.meanRadiance),
            ("reservoir.mean_radiance_may_sept", basin.radianceMayToSeptember), ("reservoir.mean_radiance_nov_mar", basin.radianceNovemberToMarch),
            ("reservoir.mean_monthly_windspeed", basin.windSpeed), ("reservoir.water_intake_depth", basin.waterIntakeDepth),
        ]
        for (field, value) in nonNegative {
            if let value, !(value >= 0 && value.isFinite) { throw fail(field, "must be zero or more, found \(value)") }
        }
        guard input.monthlyTemperatures.allSatisfy(\.isFinite) else { throw fail("monthly_temps", "a temperature is not a number") }
        let temperatures = coefficients.inputRanges.monthlyTemperature
        if let month = input.monthlyTemperatures.firstIndex(where: { !temperatures.contains($0) }) {
            throw fail("monthly_temps", "month \(month + 1): \(ActivityConversion.format(input.monthlyTemperatures[month])) \(temperatures.unit) is outside the accepted range "
                       + "\(ActivityConversion.format(temperatures.minimum))…\(ActivityConversion.format(temperatures.maximum)) \(temperatures.unit) "
                       + "(a monthly mean air temperature in °C; G-res's regressions assume this range)")
        }
        guard coefficients.biomes.names.contains(catchment.biome) else {
            throw fail("catchment.biogenic_factors.biome", "unknown biome '\(catchment.biome)'; known: \(coefficients.biomes.names.joined(separator: ", "))")
        }
        guard basin.meanDepth < basin.maximumDepth else {
            throw fail("reservoir.mean_depth", "mean depth \(basin.meanDepth) m is not below the maximum depth \(basin.maximumDepth) m: G-res's littoral zone needs it")
        }
        if let intake = basin.waterIntakeDepth, intake > basin.maximumDepth {
            throw fail("reservoir.water_intake_depth", "intake at \(intake) m is below the maximum depth \(basin.maximumDepth) m")
        }
    }
}
