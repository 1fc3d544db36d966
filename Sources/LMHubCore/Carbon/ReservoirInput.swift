/// The inputs G-res needs for one reservoir: its catchment, its basin and the climate, as the G-res tool and the
/// open `reemission` package take them.
public struct ReservoirInput: Sendable, Hashable, Codable {
    public let name: String
    public let use: ReservoirUse
    /// Latitude and longitude in degrees; without them the annual mean radiance is used (right between 40°S
    /// and 40°N).
    public let coordinates: Coordinates?
    /// Mean air temperature of each month, °C (12 values).
    public let monthlyTemperatures: [Double]
    /// Ages (years after impoundment) at which emission profiles are reported.
    public let profileYears: [Double]
    public let catchment: Catchment
    public let basin: Basin
    /// Electricity generated, MWh per year, for an emission intensity; `nil` if not given.
    public let annualGeneration: Double?

    public init(name: String, use: ReservoirUse, coordinates: Coordinates?, monthlyTemperatures: [Double], profileYears: [Double],
                catchment: Catchment, basin: Basin, annualGeneration: Double? = nil) {
        self.name = name
        self.use = use
        self.coordinates = coordinates
        self.monthlyTemperatures = monthlyTemperatures
        self.profileYears = profileYears
        self.catchment = catchment
        self.basin = basin
        self.annualGeneration = annualGeneration
    }

    public struct Coordinates: Sendable, Hashable, Codable {
        public let latitude: Double
        public let longitude: Double

        public init(latitude: Double, longitude: Double) {
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    /// The land draining to the reservoir.
    public struct Catchment: Sendable, Hashable, Codable {
        /// Mean annual runoff, mm/yr.
        public let runoff: Double
        /// km².
        public let area: Double
        /// Length of the river inundated by the reservoir, km.
        public let riverLength: Double
        public let population: Double
        /// Shares of the 9 land covers (bare, snow and ice, urban, water, wetlands, crops, shrubs, forest, no data),
        /// summing to 1.
        public let landCover: [Double]
        /// Mean slope, %; mean annual precipitation and evapotranspiration, mm/yr; soil wetness, mm; soil Olsen P,
        /// kg/ha. Read and kept; G-res's CO2 and CH4 do not use them (the N2O and McDowell models do).
        public let slope, precipitation, evapotranspiration, soilWetness, olsenPhosphorus: Double
        public let biome: String
        /// `boreal`, `subtropical`, `temperate` or `tropical`.
        public let climate: String
        /// Prevailing soil type (`mineral`, `organic`), kept; the pre-impoundment terms use the basin's 27 fractions.
        public let soilType: String
        /// `no treatment`, `primary (mechanical)`, `secondary biological treatment`, `tertiary`.
        public let wastewaterTreatment: String
        /// `low intensity` or `high intensity`.
        public let landUseIntensity: String

        public init(runoff: Double, area: Double, riverLength: Double, population: Double, landCover: [Double], slope: Double,
                    precipitation: Double, evapotranspiration: Double, soilWetness: Double, olsenPhosphorus: Double, biome: String,
                    climate: String, soilType: String, wastewaterTreatment: String, landUseIntensity: String) {
            self.runoff = runoff
            self.area = area
            self.riverLength = riverLength
            self.population = population
            self.landCover = landCover
            self.slope = slope
            self.precipitation = precipitation
            self.evapotranspiration = evapotranspiration
            self.soilWetness = soilWetness
            self.olsenPhosphorus = olsenPhosphorus
            self.biome = biome
            self.climate = climate
            self.soilType = soilType
            self.wastewaterTreatment = wastewaterTreatment
            self.landUseIntensity = landUseIntensity
        }
    }

    /// The reservoir itself.
    public struct Basin: Sendable, Hashable, Codable {
        /// m³.
        public let volume: Double
        /// Surface area, km².
        public let area: Double
        /// m.
        public let maximumDepth, meanDepth: Double
        /// Shares of the inundated area by soil type (mineral, organic, no data) and land cover (9 each): 27 values
        /// summing to 1.
        public let landCover: [Double]
        /// Soil carbon of the inundated area, kg C/m².
        public let soilCarbon: Double
        /// Mean daily horizontal radiance, kWh m⁻² d⁻¹: the year's, May–September's and November–March's.
        public let meanRadiance, radianceMayToSeptember, radianceNovemberToMarch: Double
        /// Mean monthly wind speed at 10 m, m/s; `nil` uses Hanna's thermocline depth.
        public let windSpeed: Double?
        /// Depth of the water intake below the surface, m; `nil` if unknown.
        public let waterIntakeDepth: Double?

        public init(volume: Double, area: Double, maximumDepth: Double, meanDepth: Double, landCover: [Double], soilCarbon: Double,
                    meanRadiance: Double, radianceMayToSeptember: Double, radianceNovemberToMarch: Double, windSpeed: Double?,
                    waterIntakeDepth: Double?) {
            self.volume = volume
            self.area = area
            self.maximumDepth = maximumDepth
            self.meanDepth = meanDepth
            self.landCover = landCover
            self.soilCarbon = soilCarbon
            self.meanRadiance = meanRadiance
            self.radianceMayToSeptember = radianceMayToSeptember
            self.radianceNovemberToMarch = radianceNovemberToMarch
            self.windSpeed = windSpeed
            self.waterIntakeDepth = waterIntakeDepth
        }
    }
}

/// What a reservoir is used for; degassing downstream is counted for hydroelectric and multipurpose
/// reservoirs when the intake depth is unknown.
public enum ReservoirUse: String, Sendable, Hashable, Codable, CaseIterable {
    case hydroelectric, multipurpose, irrigation, potable
    case floodControl = "flood control"
    case unknown
}
