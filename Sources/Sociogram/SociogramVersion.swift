/// The version of the Sociogram library and tool, written into every JSON output.
public enum SociogramVersion {
    public static let string = "0.1.0"
}
