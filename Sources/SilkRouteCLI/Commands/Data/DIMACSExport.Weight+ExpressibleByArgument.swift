import ArgumentParser
import SilkRouteStore

extension DIMACSExport.Weight: ExpressibleByArgument {}
