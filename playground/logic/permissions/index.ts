export * from './catalog'
export * from './needs'
export * from './plan'
