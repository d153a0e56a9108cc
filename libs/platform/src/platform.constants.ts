/** The service's parsed {@link PlatformConfig}. */
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
/** The service's {@link ServiceDefinition}. */
export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');
/** Optional {@link DatabasePool} of a service database client (absent: the request pool). */
export const DATABASE_POOL = Symbol('DATABASE_POOL');
