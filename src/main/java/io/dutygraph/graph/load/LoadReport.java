package io.dutygraph.graph.load;

/**
 * What a load put into the graph, counted in the graph after loading.
 *
 * @param planId      the plan loaded
 * @param jurisdiction the plan's jurisdiction
 * @param year        the plan's year, null when neither the document nor the load said it
 * @param tasks       task nodes of the plan
 * @param units       distinct units with an assignment in the plan
 * @param officials   distinct officials overseeing a task of the plan
 * @param assignments unit → task relationships (LEADS, SUPPORTS, PROVIDES_DATA_FOR)
 * @param oversights  official → task relationships (OVERSEES)
 * @param millis      time the load transaction took
 */
public record LoadReport(String planId, String jurisdiction, Integer year, int tasks, int units, int officials, int assignments, int oversights,
        long millis) {
}
