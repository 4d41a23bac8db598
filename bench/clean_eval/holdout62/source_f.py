"""holdout62, part F: glued chrome inside bodies, one-line pages, glued page markers. Invented text."""

CASES = [
    dict(
        slug="fanwen-huiwen-oneline-report-peony",
        site="荟文网 (invented)",
        style="范文站",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.huiwen365.com/diaoyan/41207.html",
        title="关于丹原县牡丹产业发展情况的调研报告",
        record_title="关于丹原县牡丹产业发展情况的调研报告(优选范文)",
        date=None,
        page="""
!m 荟文网｜调研报告频道
!t 关于丹原县牡丹产业发展情况的调研报告(优选范文)
{BODY}
!a 觉得有用？按Ctrl+D收藏荟文网
""",
        oneline=True,
        indent="　　",
        body="""
丹原县牡丹种植面积达到4.2万亩，形成了观赏牡丹、油用牡丹和牡丹种苗三大产业。
调研发现，产业发展还存在精深加工不足、品牌影响力不强、种植户组织化程度低等问题。
建议：一是引进牡丹籽油精深加工企业；二是办好牡丹花会，打响“丹原牡丹”品牌；三是组建牡丹种植专业合作社。
""",
    ),
    dict(
        slug="docshare-shuoke-oneline-minutes-rattan",
        site="硕客文档 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.shuoke-doc.com/p/220913.html",
        title="青藤镇藤编产业发展专题会议纪要",
        record_title=None,
        date="2024-06-12",
        page="""
!m 硕客文档 › 行政文书 › 会议纪要
{T}
{BODY}
!a 本文档共2页，当前只显示了部分，请下载阅读全文
!d 硕客文档仅提供信息存储空间服务
""",
        oneline=True,
        body="""
2024年6月12日，镇长郁青主持召开藤编产业发展专题会议。
会议议定：一、由镇经发办牵头，6月底前完成藤编企业摸底；二、桃花村藤编工坊7月开工建设；三、组织藤编企业参加省文化产业博览会。
参加：镇经发办、财政所、桃花村委会负责人。
""",
    ),
    dict(
        slug="wenku-jiayun-glued-chrome-summary-ostrich",
        site="佳云文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.jiayunwk.com/doc/5502871.html",
        title="特禽养殖场场长2024年述职报告",
        record_title="特禽养殖场场长2024年述职报告（精选2篇）",
        date="2025-01-06",
        page="""
!m 佳云文库 - 专业文档分享平台
!t 特禽养殖场场长2024年述职报告（精选2篇）
!m 页数 2　浏览 611
{BODY}
!l 同类文档：养殖场年度总结｜畜牧站站长述职报告
""",
        pages=dict(fmt="第 {n} 页 共 3 页", every=70, start=1, glue="mix"),
        body="""
{T}各位领导、同事：一年来，我主持养殖场全面工作，现将履职情况报告如下。
一是完成生产任务。全年出栏鸵鸟860只，销售鸵鸟蛋1.2万枚，实现利润136万元。⟦a 原创不易，转载请注明⟧
二是抓好安全生产。全场未发生安全事故和重大疫情。⟦w 需要代写述职报告请联系QQ 2250837761⟧
⟦l 相关推荐：述职报告开头怎么写⟧
三是不足之处：新品种引进步伐偏慢，员工培训不够系统。
述职人：沙立新
2025年1月6日
""",
    ),
    dict(
        slug="news-yinxing-glued-editor-news",
        site="杏坪日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xpribao.com/content/2024-11/15/011202.html",
        title="杏坪千年银杏迎来最佳观赏期",
        date="2024-11-15",
        page="""
!m 杏坪日报网 ▎首页 ▎本地 ▎图片
{T}
!m 2024年11月15日 07:58　杏坪日报
{BODY}
!l 相关阅读：>> 银杏果能不能随便捡？
""",
        body="""
{T}⟦m 本报讯（记者 温书衡）⟧连日来，杏坪区千年银杏林迎来最佳观赏期，满树金黄吸引大批游客。⟦a 点击查看高清组图⟧
景区负责人介绍，今年实行预约游览后，游客分布更加均衡，周末最高日接待量控制在8000人以内。⟦m 扫码预约：杏坪文旅小程序⟧
市民游客可以下载“杏坪文旅”APP，查看实时入园人数和停车位信息。
⟦m （责任编辑：曹雁）⟧
""",
    ),
    dict(
        slug="blog-laoyao-glued-hotlist-yam-blog",
        site="老药农说山药 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://laoyaonong.blog.sina-like.cn/s/blog_7f2e01.html",
        title="种了二十年山药，我总结的五条经验",
        record_title="种了二十年山药，我总结的五条经验_老药农说山药_博客",
        date="2024-03-02",
        page="""
!m 老药农说山药的博客　http://laoyaonong.blog.sina-like.cn
!m 首页　博文目录　图片　关于我
{T}
!m (2024-03-02 20:41:12)
!a [删除]　[编辑]　转载▼
!l 标签：山药 种植 经验　分类：种地那些事
{BODY}
!a 分享：　喜欢 0　赠金笔
!l 阅读(1362)┆评论(8)┆收藏(0)┆转载(3)┆打印┆举报
""",
        gap=True,
        body="""
一、选地要选沙壤土，土层深厚，排水好，最好三年没种过山药。
二、种薯用山药尖段，切口蘸草木灰，晾干再下种。⟦l 【热门博文】山药栽子怎么留⟧
三、搭架要早，藤蔓长到30厘米就要引蔓上架。
⟦a 本博文已被推荐到首页 ☆⟧
四、施肥以农家肥为主，少用化肥，山药口感才面。
五、收获别心急，霜降以后再挖，山药才够“面”够甜。
""",
    ),
    dict(
        slug="gov-lianghe-glued-meta-tongbao",
        site="粱城县农业农村局 (invented)",
        style="政府门户",
        genre="通报",
        kind="report",
        form="text",
        source="http://nyj.liangcheng.gov.cn/art/2024/10/28/art_441_12087.html",
        title="关于2024年高粱订单收购情况的通报",
        date="2024-10-28",
        page="""
!m 粱城县农业农村局 | 政务公开 | 工作动态
{T}
!m 发布日期：2024-10-28　来源：种植业股　访问量：⟦m 76⟧
{BODY}
!a 【我要纠错】【打印】【关闭】
""",
        body="""
各乡镇农业服务中心，各酿酒企业：⟦a 【字体：大 中 小】⟧
截至10月25日，全县累计收购订单高粱4.6万吨，兑付资金1.38亿元，订单履约率达到98.2%。
乡镇收购情况表
乡镇　收购量（吨）　履约率
驴河镇　12100　99.1%
东门镇　9800　97.6%
各乡镇要做好剩余订单收购，确保农民卖粮不难。⟦m 分享至：微信 微博⟧
粱城县农业农村局
2024年10月28日
""",
    ),
    dict(
        slug="forum-hechui-glued-sig-minutes-ostrich",
        site="养殖人家论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.yangzhirenjia.com/bbs/t-55018.html",
        title="鸵鸟蛋品加工合作洽谈会纪要",
        record_title="鸵鸟蛋品加工合作洽谈会纪要[复制链接]",
        date="2025-05-08",
        page="""
!m 养殖人家论坛 » 特种养殖区 » 合作洽谈
!t 鸵鸟蛋品加工合作洽谈会纪要[复制链接]
!m 电梯直达　楼主　沙原老沙　发表于 2025-5-9 10:17
{BODY}
!l 回复 引用 TOP
""",
        junk=dict(lines=1, glued=2),
        body="""
时间：2025年5月8日上午10时。⟦m 本帖被版主移动到【合作洽谈】⟧
地点：砂原县腾达鸵鸟养殖场会议室。
主持：沙守仁
会议商定：养殖场每月向蛋品公司供应鸵鸟蛋不少于800枚，价格按每枚68元结算。双方于6月1日前签订正式合同。
""",
    ),
    dict(
        slug="qa-haowen-glued-answer-deer-antler",
        site="好问知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.haowenzhidao.com/ask/7712093.html",
        title="鹿茸片一次吃多少合适？",
        record_title="鹿茸片一次吃多少合适？_好问知道",
        date=None,
        page="""
!m 好问知道　›　健康　›　中医养生
{T}
!m 3条回答　|　最新回答 2天前
{BODY}
!d 以上内容仅供参考，具体请遵医嘱。
!l 相关问题　鹿茸泡酒的方法　鹿茸和人参能一起吃吗
""",
        body="""
⟦m 茸岭药师 回答：⟧鹿茸属于温补药材，一般每天1到2克即可，可以研粉冲服或者切片炖汤。
阴虚火旺、高血压、感冒发热的人不宜服用。⟦a 采纳为满意回答⟧
第一次吃建议从小剂量开始，如果出现口干、流鼻血，应立即停用。⟦l 👍 39　👎 2⟧
""",
    ),
    dict(
        slug="exam-gk-glued-wrap-hotspring-notice",
        site="汤泉教师招聘网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tqjszp.com/gg/2025/0520/09.html",
        title="汤泉县2025年公开招聘中小学教师资格复审公告",
        date="2025-05-20",
        page="""
!m 汤泉教师招聘网　首页 > 招聘公告
{T}
!m 发布日期：2025-05-20
{BODY}
!a 【收藏本页】【打印本页】
!m 网站邮箱：tqjszp@sina-like.com
""",
        wrap=64,
        indent="　　",
        pages=dict(fmt="P{n}", every=90, start=2, glue=True),
        body="""
根据招聘工作安排，定于2025年5月26日至27日在汤泉县教育体育局三楼会议室进行资格复审。
复审时请携带身份证、毕业证、教师资格证原件及复印件，以及报名时打印的报名表。未按时参加复审的，视为自动放弃。
咨询电话：0735-6620105（县教体局人事股）
汤泉县教育体育局
2025年5月20日
""",
    ),
    dict(
        slug="wechat-teqin-glued-follow-speech-yam",
        site="公众号文章镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://mp-mirror.shuyun.cc/a/7731044",
        title="在薯岭县山药协会第一次会员代表大会上的讲话",
        record_title=None,
        date="2024-08-16",
        page="""
!m 薯岭农业　2024-08-17
{T}
县农业农村局局长　闫晓光
（2024年8月16日）
{BODY}
!a 点亮“在看”，让更多人看到
!m 文字：孔菲　编辑：邢悦
""",
        body="""
⟦a ↑点击上方「薯岭农业」关注我们⟧各位代表：
今天，薯岭县山药协会召开第一次会员代表大会，标志着我县山药产业有了自己的行业组织。
希望协会发挥桥梁作用，在统一标准、品牌宣传、技术服务上多下功夫。⟦l 推荐阅读：山药地理标志保护办法出台⟧
县农业农村局将一如既往支持协会开展工作。
""",
    ),
]
