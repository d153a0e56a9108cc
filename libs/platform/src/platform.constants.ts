/** The service's parsed {@link PlatformConfig}. */
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
/** The service's {@link ServiceDefinition}. */
export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');
