extension ClassNetwork {
    /// The same network under another name (a batch names each class; a survey whose pupils are all of
    /// one class on the class list takes that class's name).
    func renamed(_ newName: String) -> ClassNetwork {
        newName == name ? self : ClassNetwork(name: newName, pupils: pupils, questions: questions, nominations: nominations)
    }
}
