/** The consumer application: Laurel on the module path, with no extra flags. */
module laurel.consumer {
    requires dev.laurel.badges.verify;
}
