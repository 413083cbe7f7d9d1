export * from './permission-catalog'
export * from './needs'
export * from './plan'
