// The benchmark's static server: the built pages as they are, without the site's security headers
// (the peers' libraries were not built for that policy).
export default {};
