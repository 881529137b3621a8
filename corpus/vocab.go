package corpus

// The fixed vocabularies of ../shared/corpus/FORMAT.md. Each type has a list of
// its values so that readers of gold data and the schema can check them.

// Action is the kind of restriction.
type Action string

const (
	ActionBan         Action = "ban"          // use, sale or operation prohibited
	ActionPurchaseBan Action = "purchase_ban" // stop buying, barred from procurement
	ActionPhaseOut    Action = "phase_out"    // replace or stop using what is installed
	ActionRestrict    Action = "restrict"     // conditions, licences, export controls, limits
	ActionReview      Action = "review"       // official security review or investigation
)

// Actions lists every Action.
var Actions = []Action{ActionBan, ActionPurchaseBan, ActionPhaseOut, ActionRestrict, ActionReview}

// Status is how far a restriction has got.
type Status string

const (
	StatusEnacted     Status = "enacted"
	StatusPlanned     Status = "planned"
	StatusProposed    Status = "proposed"
	StatusAdvised     Status = "advised"
	StatusUnderReview Status = "under_review"
	StatusReported    Status = "reported" // only second-hand, unconfirmed
	StatusDenied      Status = "denied"
)

// Statuses lists every Status.
var Statuses = []Status{StatusEnacted, StatusPlanned, StatusProposed, StatusAdvised,
	StatusUnderReview, StatusReported, StatusDenied}

// TargetCategory is the kind of technology restricted.
type TargetCategory string

const (
	CategoryServers              TargetCategory = "servers"
	CategoryOperatingSystem      TargetCategory = "operating_system"
	CategorySoftware             TargetCategory = "software"
	CategoryApps                 TargetCategory = "apps"
	CategoryMemoryChips          TargetCategory = "memory_chips"
	CategorySemiconductors       TargetCategory = "semiconductors"
	CategoryChipmakingTechnology TargetCategory = "chipmaking_technology"
	CategoryTelecomEquipment     TargetCategory = "telecom_equipment"
	CategorySmartphones          TargetCategory = "smartphones"
	CategoryConsumerDevices      TargetCategory = "consumer_devices"
	CategorySurveillanceCameras  TargetCategory = "surveillance_cameras"
	CategoryDrones               TargetCategory = "drones"
	CategorySecuritySoftware     TargetCategory = "security_software"
	CategoryCloudServices        TargetCategory = "cloud_services"
	CategoryNetworkingEquipment  TargetCategory = "networking_equipment"
	CategoryOther                TargetCategory = "other"
)

// TargetCategories lists every TargetCategory.
var TargetCategories = []TargetCategory{CategoryServers, CategoryOperatingSystem, CategorySoftware,
	CategoryApps, CategoryMemoryChips, CategorySemiconductors, CategoryChipmakingTechnology,
	CategoryTelecomEquipment, CategorySmartphones, CategoryConsumerDevices,
	CategorySurveillanceCameras, CategoryDrones, CategorySecuritySoftware, CategoryCloudServices,
	CategoryNetworkingEquipment, CategoryOther}

// Sector is who a restriction applies to.
type Sector string

const (
	SectorGovernment             Sector = "government"
	SectorMilitaryDefense        Sector = "military_defense"
	SectorBankingFinance         Sector = "banking_finance"
	SectorCriticalInfrastructure Sector = "critical_infrastructure"
	SectorTelecom                Sector = "telecom"
	SectorEnergy                 Sector = "energy"
	SectorHealthcare             Sector = "healthcare"
	SectorEducation              Sector = "education"
	SectorPrivateSector          Sector = "private_sector"
	SectorGeneralPublic          Sector = "general_public"
	SectorForeignCountry         Sector = "foreign_country"
	SectorOther                  Sector = "other"
)

// Sectors lists every Sector.
var Sectors = []Sector{SectorGovernment, SectorMilitaryDefense, SectorBankingFinance,
	SectorCriticalInfrastructure, SectorTelecom, SectorEnergy, SectorHealthcare, SectorEducation,
	SectorPrivateSector, SectorGeneralPublic, SectorForeignCountry, SectorOther}

// ReasonCategory is why a restriction was imposed.
type ReasonCategory string

const (
	ReasonNationalSecurity      ReasonCategory = "national_security"
	ReasonEspionage             ReasonCategory = "espionage"
	ReasonCybersecurity         ReasonCategory = "cybersecurity"
	ReasonDataPrivacy           ReasonCategory = "data_privacy"
	ReasonTradeRetaliation      ReasonCategory = "trade_retaliation"
	ReasonEconomicProtectionism ReasonCategory = "economic_protectionism"
	ReasonHumanRights           ReasonCategory = "human_rights"
	ReasonSanctionsCompliance   ReasonCategory = "sanctions_compliance"
	ReasonMilitaryUse           ReasonCategory = "military_use"
	ReasonContentControl        ReasonCategory = "content_control"
	ReasonUnspecified           ReasonCategory = "unspecified"
)

// ReasonCategories lists every ReasonCategory.
var ReasonCategories = []ReasonCategory{ReasonNationalSecurity, ReasonEspionage, ReasonCybersecurity,
	ReasonDataPrivacy, ReasonTradeRetaliation, ReasonEconomicProtectionism, ReasonHumanRights,
	ReasonSanctionsCompliance, ReasonMilitaryUse, ReasonContentControl, ReasonUnspecified}
