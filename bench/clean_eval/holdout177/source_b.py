"""holdout177, part B: rolling pins (擀面杖) — a kitchenware firm's Party-branch speech, a
hospital's hand-rehabilitation news, a university canteen contest, a woodturner's stall on a
county forum, a process card on a download station, a pastry-cook recruitment test, a
canteen-tools bid result, a lawyer on a splintered pin, a residents' dumpling day, a
kitchenware association's pledge, a company recall and a pastry school's course plan.
Everything invented."""

CASES = [
    dict(
        slug="dangjian-rollingpin-branch-skill-contest-speech",
        site="嶂口非公党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.zhangkou.example.gov.cn/fgdj/2025/0611/20931.html",
        title="在木匠坊厨具公司党支部“匠心擀面杖”技能比武上的讲话",
        record_title="【党建引领】在木匠坊厨具公司党支部“匠心擀面杖”技能比武上的讲话",
        date="2025-06-10",
        notes="Party-building portal: study-points badge, 字号 row, speaker line and date under the title (neutral), 学习强国-style share row; record title 【党建引领】",
        page="""
<html><head><meta charset="utf-8"><title>在木匠坊厨具公司党支部“匠心擀面杖”技能比武上的讲话-嶂口非公党建网</title></head><body>
<div class="banner">⟦m 嶂口非公党建网　不忘初心 牢记使命⟧</div>
<div class="nav">⟦m 首页 · 党建要闻 · 支部风采 · 党员教育 · 两新组织⟧</div>
<div class="pos">⟦m 位置：首页 > 支部风采⟧</div>
<h1>{T}</h1>
<p class="sub">公司党支部书记　钱立勋</p>
<p class="sub">（2025年6月10日）</p>
<div class="tool">⟦a 字号 A+ A A-⟧　⟦m 浏览 307 次⟧</div>
<div class="text">
{BODY}
</div>
<div class="score">⟦a 阅读满3分钟可得学习积分1分⟧</div>
<div class="share">⟦l 分享至：党员群 · 朋友圈 · 复制链接⟧</div>
<div class="footer">⟦m 中共嶂口市委两新工委主办⟧　⟦m 技术支持：嶂口智慧党建中心⟧</div>
</body></html>
""",
        body="""
同志们、工友们：
今天，公司党支部在车间举办“匠心擀面杖”技能比武，十二名车工师傅同台竞技，展示了我们一线职工精益求精的工匠精神。
擀面杖看似简单，却要经过选材、烘干、车削、打磨、上油等十几道工序，一根好杖要粗细均匀、手感顺滑，差一丝都不行。
党员师傅要在岗位上当先锋、做示范，把手上的绝活传给年轻人，带出一批技术过硬的好徒弟。
希望大家以这次比武为契机，比技术、比质量、比作风，让“木匠坊”的擀面杖走进更多家庭的厨房。
""",
    ),
    dict(
        slug="hospital-rollingpin-hand-rehab-news-booking",
        site="峄湖县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yhxrmyy.example.com/news/kfk/2025/0318/611.html",
        title="康复医学科用擀面杖帮助患者恢复手功能",
        record_title="康复医学科用擀面杖帮助患者恢复手功能_科室新闻_峄湖县人民医院",
        date="2025-03-18",
        record_date="2025-03-18",
        notes="hospital site: booking float, 24-hour emergency line in the footer beside the department's own 咨询电话 in the body; photo caption between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>康复医学科用擀面杖帮助患者恢复手功能_科室新闻_峄湖县人民医院</title></head><body>
<div class="logo">⟦m 峄湖县人民医院　二级甲等综合医院⟧</div>
<div class="menu">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻中心⟧</div>
<div class="bread">⟦m 新闻中心 - 科室新闻⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 发布者：康复医学科　发布日期：2025-03-18　点击：152⟧</div>
<div class="news">
{BODY}
</div>
<div class="float">⟦a 预约挂号⟧ ⟦a 在线咨询⟧ ⟦a 返回顶部⟧</div>
<div class="foot"><p>⟦m 急诊24小时电话：0739-7120120⟧</p><p>⟦m 地址：峄湖县人民路62号⟧</p><p>⟦d Copyright © 峄湖县人民医院 All Rights Reserved⟧</p></div>
</body></html>
""",
        body="""
近日，在县人民医院康复医学科治疗室里，几位脑卒中后遗症患者正双手握着擀面杖，在桌面上来回滚动。
康复治疗师介绍，擀面杖是家里常见的物品，患者握住它前后推拉，可以锻炼手腕、手指的屈伸和协调能力，出院后在家也能坚持练习。
⟦m （图：治疗师指导患者进行擀面杖滚动训练）⟧
科室还编写了家庭康复训练手册，患者可在护士站免费领取。
咨询电话：0739-7123386（康复医学科）
""",
    ),
    dict(
        slug="university-rollingpin-canteen-dumpling-contest",
        site="崧浦职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqjt.songpu-poly.example.edu.cn/info/1032/4418.htm",
        title="关于举办第三届“饺香校园”擀皮包饺子比赛的通知",
        record_title="关于举办第三届“饺香校园”擀皮包饺子比赛的通知-后勤服务集团",
        date="2025-11-20",
        notes="university department site: record title -department, 附件 list and numbered items in the body, view counter and 关闭 link",
        page="""
!m 崧浦职业技术学院后勤服务集团
!m 首页 > 通知公告 > 正文
{T}
!m 作者：饮食服务中心　日期：2025-11-20　浏览：[ 688 ]
{BODY}
!a 【关闭】【打印】
!l 上一篇：关于冬季食堂延时供餐的通知
!m 地址：崧浦市学府大道1号　邮编：410612
""",
        body="""
各二级学院、各学生社团：
为丰富校园文化生活，迎接冬至到来，后勤服务集团定于12月20日在第二食堂举办第三届“饺香校园”擀皮包饺子比赛。
一、参赛方式：以班级为单位组队，每队四人，其中擀皮两人、包馅两人。
二、比赛规则：面团、馅料和擀面杖由食堂统一提供，比赛时间三十分钟，按饺子数量、外形和口感综合评分。
三、报名时间：即日起至12月12日，报名表发送至hqjt@songpu-poly.example.edu.cn。
附件：1. 参赛报名表
2. 评分细则
后勤服务集团
2025年11月20日
""",
    ),
    dict(
        slug="localforum-rollingpin-woodturner-stall-jammer",
        site="峤原生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.qiaoyuanlife.example.com/forum.php?mod=viewthread&tid=77140",
        title="老街口那个车擀面杖的大爷，今天又出摊了",
        record_title="老街口那个车擀面杖的大爷，今天又出摊了 - 峤原茶馆 - 峤原生活网",
        date="2025-02-14",
        notes="Discuz-like county forum: jammer fonts inside the post, weather widget, poster's stats, 发表于 is the page's date, reply box",
        page="""
<html><head><meta charset="gbk"><title>老街口那个车擀面杖的大爷，今天又出摊了 - 峤原茶馆 - 峤原生活网</title></head><body>
<div id="toptb">⟦m 峤原生活网⟧ ⟦m 今日天气：多云 3~11℃⟧ ⟦a 快捷导航⟧</div>
<div id="pt">⟦m 峤原生活网 › 峤原茶馆 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 老街闲人⟧<br>⟦m 积分 2210　帖子 531⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-2-14 09:47⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复　支持(18)　反对(0)⟧</div></td></tr></table>
<div class="pgbtn">⟦l 下一主题：城南菜场周末早市时间调整了⟧</div>
<div id="fastpost">⟦a 登录后才能回帖哦～ 去登录⟧</div>
<div id="ft">⟦m 峤原生活网 ( 湘ICP备11087205号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
老街口那个用脚踏车床车擀面杖的大爷，过完年今天又出摊了，我早上路过看了一会儿。
大爷说他用的是山上的枣木和梨木，先晾两年，车出来的擀面杖不开裂、不吸水。
一根长擀面杖三十五元，短的饺子杖二十元，当场车当场拿，还能按你家案板的尺寸定做。
想买的街坊赶早去，他说就摆到元宵节，过了节要回乡下种地了。
""",
    ),
    dict(
        slug="download-rollingpin-process-card-old-table",
        site="五金木作资料下载站 (invented)",
        style="资料下载站",
        genre="工艺文件",
        kind="other",
        form="html",
        source="http://www.wjmz-down.example.com/soft/2231.html",
        title="擀面杖车削加工工艺卡",
        record_title="擀面杖车削加工工艺卡.doc",
        date=None,
        notes="old gb2312 table layout: file-info table, three mirror links, unzip hint and a dead-link report; file-name record title; a process table and numbered steps in the body; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>擀面杖车削加工工艺卡.doc - 五金木作资料下载站</title></head>
<body><table width="960" align="center"><tr><td>⟦m 五金木作资料下载站 www.wjmz-down.example.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 木工资料 → 工艺文件⟧</td></tr></table>
<table width="960" align="center" class="info">
<tr><td>⟦m 资料名称：擀面杖车削加工工艺卡.doc⟧</td><td>⟦m 资料大小：86 KB⟧</td></tr>
<tr><td>⟦m 更新时间：2024-09-30 11:20:06⟧</td><td>⟦m 下载次数：1473⟧</td></tr>
<tr><td colspan="2">⟦m 资料等级：★★★☆☆　运行环境：Word/WPS⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><b>资料简介：</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 备用下载三⟧</td></tr>
<tr><td>⟦a 解压密码：www.wjmz-down.example.com⟧</td></tr>
<tr><td>⟦l 下载地址失效？点此报告错误⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
一、适用范围：本工艺卡适用于长度三百至五百毫米、直径三十至四十毫米的实木擀面杖车削加工。
二、工序安排
工序号　工序名称　设备　检验要求
10　开料　带锯　方料截面留余量四毫米
20　粗车　木工车床　直径留余量一毫米
30　精车　木工车床　直径公差正负零点三毫米
40　砂光　砂光机　表面无刀痕毛刺
三、操作要点
1. 车削前检查木料含水率，不得高于百分之十二。
2. 精车时进刀要缓，防止木料崩边。
3. 成品只允许涂刷食品级木蜡油。
""",
    ),
    dict(
        slug="exam-rollingpin-pastry-cook-skill-test-notice",
        site="崮阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.guyangrsks.example.gov.cn/ksxx/2025/0708/1920.html",
        title="崮阳县机关事务服务中心2025年公开招聘面点工操作技能考核公告",
        record_title="崮阳县机关事务服务中心2025年公开招聘面点工操作技能考核公告",
        date="2025-07-08",
        record_date="2025-07-08",
        notes="personnel-exam site: technical-support line at the bottom beside the centre's own 咨询电话; body tells candidates to 打印 the 准考证; a table of the test",
        page="""
!m 崮阳人事考试网　|　考试信息
!m 发布时间：2025-07-08 16:20:11　　来源：县人社局
{T}
{BODY}
!w 网站技术支持电话：0743-5566010（仅限报名系统问题）
!l 相关链接：考生报名入口　准考证打印入口　成绩查询入口
!m 崮阳县人力资源和社会保障局主办
""",
        body="""
根据招聘工作安排，现将面点工岗位操作技能考核有关事项公告如下。
一、考核时间和地点：7月19日上午8时30分，县职业中专烹饪实训楼。
二、考核内容
项目　时长　分值
手工擀制饺子皮　二十分钟　四十分
花卷制作　三十分钟　六十分
三、注意事项：考核所需擀面杖、案板和原料由考点统一提供，考生须自带工作服和帽子。
请考生于7月16日至18日登录本网打印准考证，凭准考证和身份证参加考核。
咨询电话：0743-5519027（县机关事务服务中心人事股）
崮阳县机关事务服务中心
2025年7月8日
""",
    ),
    dict(
        slug="tender-rollingpin-canteen-tools-bid-result",
        site="嵋溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zfcg.meixi.example.gov.cn/cggg/zbgg/2025/0903/88217.html",
        title="嵋溪县第二中学食堂面点工具采购项目成交结果公告",
        record_title="嵋溪县第二中学食堂面点工具采购项目成交结果公告",
        date="2025-09-03",
        record_date="2025-09-03",
        notes="procurement portal: CA hotline and platform help beside the purchaser's and agency's own contacts in the body; results table",
        page="""
<html><head><meta charset="utf-8"><title>嵋溪县第二中学食堂面点工具采购项目成交结果公告</title></head><body>
<div class="hd">⟦m 嵋溪县政府采购网⟧ ⟦a 供应商登录⟧ ⟦a 专家登录⟧</div>
<div class="bd-nav">⟦m 首页 > 采购公告 > 成交结果公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布日期：2025年09月03日　浏览次数：96⟧</div>
<div class="notice-content">
{BODY}
</div>
<div class="help">⟦w CA证书办理咨询：400-016-8899⟧　⟦w 平台操作帮助：0735-7700113⟧</div>
<div class="foot">⟦m 嵋溪县财政局主办　技术支持：某某软件⟧</div>
</body></html>
""",
        body="""
一、项目编号：MXCG2025-0871
二、项目名称：嵋溪县第二中学食堂面点工具采购项目
三、成交信息
供应商名称　成交金额　地址
嵋溪县厨友商贸有限公司　38600元　嵋溪县建设路17号
四、主要标的：不锈钢面案台六张，实木擀面杖一百二十根，和面机两台。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：嵋溪县第二中学　联系人：朱老师　电话：0735-7782015
采购代理机构：嵋溪诚信招标代理有限公司　联系人：彭工　电话：0735-7790336
""",
    ),
    dict(
        slug="lawfirm-rollingpin-splinter-product-liability",
        site="岵山律师事务所 (invented)",
        style="律所网站",
        genre="法律分析",
        kind="other",
        form="text",
        source="https://www.hushanlaw.example.com/anli/2025/0322.html",
        title="擀面杖木刺扎伤孩子，商家要担责吗",
        record_title="律所讲堂｜擀面杖木刺扎伤孩子，商家要担责吗",
        date=None,
        notes="law firm page: record title with 律所讲堂｜, a consult widget line, 不构成法律意见 disclaimer, a case list; no date",
        page="""
!m 岵山律师事务所 · 专注民商事争议
!m 首页 ＞ 以案说法
!t 律所讲堂｜擀面杖木刺扎伤孩子，商家要担责吗
!m 撰稿：黎婉清 律师
{BODY}
!d 本文仅为一般性法律知识介绍，不构成对具体案件的法律意见。
!w 遇到类似问题？在线留言，律师24小时内回电
!l 更多案例：网购餐具掉漆谁负责　｜　儿童玩具小零件误吞的赔偿
""",
        body="""
案情：王女士在某网店购买了一根实木擀面杖，孩子在厨房帮忙时被杖身翘起的木刺扎伤手掌，花去医药费一千二百元。
分析：产品质量法规定，因产品存在缺陷造成人身损害的，受害人可以向生产者要求赔偿，也可以向销售者要求赔偿。
擀面杖作为与食品接触的厨具，表面应当光滑无毛刺，如能证明木刺是打磨不到位形成的，可以认定产品存在缺陷。
建议：保留购物记录、产品实物和就医票据，先与商家协商，协商不成可向消费者协会投诉或提起诉讼。
""",
    ),
    dict(
        slug="community-rollingpin-elders-dumpling-day",
        site="嵛江街道枫湾社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://fengwan.yujiangjd.example.org/tzgg/2025-01-19-1.html",
        title="关于举办“邻里一家亲”腊月包饺子活动的通知",
        record_title="关于举办“邻里一家亲”腊月包饺子活动的通知 - 枫湾社区",
        date="2025-01-18",
        date_also=["2025-01-19"],
        notes="residents' site: property hotline and grid box beside the community's own 联系人/电话; the body asks residents to bring their own rolling pins; the page's posting date differs from the signature date",
        page="""
!m 枫湾社区居民之家
!m 社区公告 ｜ 2025-01-19 发布 ｜ 社区居委会
{T}
{BODY}
!w 物业24小时报修：0746-8826600
!m 本网格网格员：段晓琳 139****6027
!l 往期活动：重阳节义剪　｜　冬季防火知识讲座
""",
        body="""
各位居民朋友：
为迎接新春佳节，增进邻里感情，社区定于1月25日上午9时在社区活动室举办“邻里一家亲”包饺子活动，包好的饺子将送给辖区独居老人。
面粉和馅料由社区准备，请参加的居民自带擀面杖和围兜，家里有多余案板的也欢迎带来。
报名请于1月23日前到社区服务站登记。
联系人：孔佳敏　电话：0746-8815204
枫湾社区居民委员会
2025年1月18日
""",
    ),
    dict(
        slug="association-rollingpin-kitchenware-wood-pledge",
        site="嶂口市木制厨具协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.zkmzcj.example.org.cn/xhdt/2025/0415/96.html",
        title="关于规范实木擀面杖用材和表面处理的自律倡议",
        record_title="【协会倡议】关于规范实木擀面杖用材和表面处理的自律倡议",
        date="2025-04-15",
        notes="association site: member login box, friend links, ICP footer; numbered pledges; record title 【协会倡议】",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范实木擀面杖用材和表面处理的自律倡议 - 嶂口市木制厨具协会</title></head><body>
<div class="top">⟦m 嶂口市木制厨具协会⟧ <span>⟦a 会员登录⟧ ⟦a 入会须知⟧</span></div>
<div class="nav">⟦m 协会简介 协会动态 行业标准 会员名录 联系我们⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：秘书处　2025-04-15⟧</div>
<div class="content">
{BODY}
</div>
<div class="links">⟦l 友情链接：嶂口市市场监管局 | 嶂口市林业局 | 省家居协会⟧</div>
<div class="footer">⟦d 版权所有：嶂口市木制厨具协会⟧ ⟦m 湘ICP备2021009937号⟧</div>
</body></html>
""",
        body="""
全市木制厨具生产企业：
近来，部分消费者反映市场上个别擀面杖存在刷漆、打蜡掩盖木材缺陷的情况。为维护行业声誉，协会向全体会员企业发出如下倡议：
一、坚持选用枣木、梨木、榉木等硬质阔叶材，不使用来源不明的拼接木料。
二、表面处理只使用食品级木蜡油或植物油，不得刷涂油漆和工业石蜡。
三、在产品标签上如实标注木材种类、产地和保养方法。
嶂口市木制厨具协会
2025年4月15日
""",
    ),
    dict(
        slug="company-rollingpin-batch-recall-notice",
        site="家匠厨具有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.jiajiang-kitchen.example.com/news/notice/20250827.html",
        title="关于主动召回部分批次防粘擀面杖的公告",
        record_title="关于主动召回部分批次防粘擀面杖的公告_公司公告_家匠厨具",
        date="2025-08-27",
        notes="company site: sales hotline and online-service float beside the recall line in the body; recalled batches table; 返回顶部",
        page="""
!m 家匠厨具 — 好厨具，家里匠
!m 首页 > 新闻中心 > 公司公告
{T}
!m 2025.08.27　　作者：品质部
{BODY}
!w 产品订购热线：400-675-3322
!a 在线客服　返回顶部
!d ©2025 家匠厨具有限公司 版权所有
""",
        body="""
尊敬的消费者：
我公司在例行抽检中发现，部分批次防粘擀面杖的涂层在高温清洗后可能出现局部脱落。为保障消费者健康，公司决定主动召回相关产品。
召回批次如下：
批次号　生产日期　数量
JJ250412　2025年4月12日　2400根
JJ250419　2025年4月19日　1800根
消费者可凭产品包装或购物凭证到原购买处办理退货，也可拨打召回专线0737-4419008办理上门取件。
家匠厨具有限公司
2025年8月27日
""",
    ),
    dict(
        slug="training-rollingpin-pastry-school-course-plan",
        site="面香里面点培训学校 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.mianxiangli-school.example.com/kecheng/bz-jichu.html",
        title="中式面点基础班教学计划",
        record_title="学员必看｜中式面点基础班教学计划",
        date=None,
        notes="training school: enrolment 400 line and a free-trial box beside the school's own 联系人 in the body; course table; no date",
        page="""
!m 面香里面点培训学校 · 包教包会 学不会免费重学
!t 学员必看｜中式面点基础班教学计划
!a 免费试学一天，点此预约
{BODY}
!w 全国招生热线：400-830-5566（微信同号）
!l 热门课程：早餐店全能班　花样馒头班　生煎锅贴班
!m 校址：岫川县工业大道36号
""",
        body="""
一、培养目标：通过二十天的学习，使学员掌握和面、揉面、擀皮、成型、蒸煮等中式面点基本功。
二、课程安排
天数　内容　重点
第1至3天　认识面粉与和面　水温与面团软硬
第4至7天　擀面杖的使用　单杖擀皮与双杖擀皮
第8至14天　饺子包子成型　褶子均匀
第15至20天　综合实操　独立出品
三、教学要求：每名学员配发枣木擀面杖两根，课后须清洗晾干，不得泡水。
联系人：任老师　电话：0738-6640271
""",
    ),
]
