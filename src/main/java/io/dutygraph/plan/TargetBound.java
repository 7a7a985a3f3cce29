package io.dutygraph.plan;

/** How a target's value binds: the qualifier written with it. */
public enum TargetBound {
    /** 以上, 不低于, 不少于, 超过, 超, 突破: the value or more. */
    AT_LEAST,
    /** 以内, 以下, 不超过, 控制在…: the value or less. */
    AT_MOST,
    /** 左右, 近, 约: about the value. */
    ABOUT,
    /** No qualifier, or 达 / 达到: the value itself (达 5%, 完成 150 个, 新增 3 家). */
    EXACT
}
