package io.blogflow.strays.archfixture;

/** Deliberately broken: a context missing from the declared allow-list, and a class outside every layer. */
public class UndeclaredContext {
}
