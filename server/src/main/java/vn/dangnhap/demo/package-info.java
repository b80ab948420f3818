/**
 * Demo data for the {@code demo} profile only: one province with departments, districts and
 * communes, two dozen officials, the seven applications of a provincial portal, and their access
 * rules. Loaded on the first start with an empty directory; the demo logins are printed at start.
 * While the demo run starts the sandbox's demo applications (an e-office over OpenID Connect, a
 * one-stop application over CAS), they are registered on every start with their tiles.
 */
package vn.dangnhap.demo;
