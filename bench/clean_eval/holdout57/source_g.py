"""holdout57, part G: eight more text pages — 版记, Chinese-numeral dates, a one-line share,
wrapped and marker-cut previews, relative times. Invented text."""

CASES = [
    dict(
        slug="gov-fenglin-text-banji-metrology-notice",
        site="枫林市市场监督管理局 (invented)", style="政府门户", genre="通知", kind="notice", form="text",
        source="http://scjgj.fenglin.example.gov.cn/gkml/2025/0310/4419.html",
        title="枫林市市场监督管理局关于开展加油机计量专项检查的通知",
        record_title="枫林市市场监督管理局关于开展加油机计量专项检查的通知-政府信息公开",
        date="2025-03-10", record_date="2025-03-10",
        page="""
!m 枫林市市场监督管理局 政府信息公开
!m 信息公开目录　›　通知公告
!m 【文号】枫市监〔2025〕19号　【生成日期】2025-03-10　【主题分类】质量监管
!t 枫林市市场监督管理局关于开展加油机计量专项检查的通知
{BODY}
!a 扫一扫在手机打开当前页
!m 网站地图 | 联系我们 | 隐私声明
""",
        body="""
各县（区）市场监督管理局，市计量测试所：
为维护成品油消费市场秩序，决定自3月下旬起在全市开展加油机计量专项检查。
一、检查对象：全市三百八十二座加油站的在用加油机。
二、检查内容：加油机是否按期检定、铅封是否完好、是否安装作弊装置、计量示值误差是否超差。
三、工作要求：各县（区）局于4月30日前完成检查，5月10日前报送总结及附表。
附件：加油机计量专项检查情况统计表
枫林市市场监督管理局
2025年3月10日
抄送：市商务局，市成品油流通行业协会。
枫林市市场监督管理局办公室　2025年3月10日印发
""",
    ),
    dict(
        slug="anthology-wusong-speech-cn-date-substation",
        site="吴松文集 (invented)", style="个人文集", genre="讲话稿", kind="speech", form="text",
        source="http://wusong-wenji.example.com/jh/09.html",
        title="在茆山变电站投运二十周年纪念会上的讲话",
        record_title="吴松文集·讲话卷·在茆山变电站投运二十周年纪念会上的讲话",
        date="2024-12-16",
        page="""
!m 吴松文集　|　讲话卷　|　第九篇
{T}
二〇二四年十二月十六日
{BODY}
!l 上一篇：在供电局老干部迎新春座谈会上的讲话　　下一篇：无
!d 文集由作者本人整理，仅供亲友阅读留念
""",
        body="""
同志们，老朋友们：
二十年前的今天，茆山变电站第一台主变带电运行，当时全县的供电能力一下子翻了一番。
那一年冬天特别冷，安装队伍在山上搭工棚住了四个月，很多同志手上冻出了裂口。
二十年来，茆山站先后扩建两次，从一座站变成了全县电网的枢纽。
希望年轻的同志们接好这一棒，把茆山站守护好、运行好。
""",
    ),
    dict(
        slug="netdisk-feiyu-oneline-herb-pledge",
        site="飞鱼盘 (invented)", style="网盘分享", genre="倡议书", kind="initiative", form="text",
        source="https://feiyupan.example.cn/s/herb0912",
        title="中药材规范种植承诺书",
        record_title="【模板】中药材规范种植承诺书（可编辑）.doc",
        title_in="file-name",
        date=None,
        oneline=True,
        page="""
!m 飞鱼盘 · 文件分享
!m 分享人：合作社小秘书　　6天前
!t 【模板】中药材规范种植承诺书（可编辑）.doc
!a 在线预览　　转存　　下载
{BODY}
!a 预览仅显示前2000字，登录后下载完整文件
""",
        body="""
本人（单位）______，种植品种______，种植面积______亩，现郑重承诺：
一、严格按照中药材生产质量管理规范组织生产，不使用国家禁用的农药和植物生长调节剂。
二、如实记录施肥、用药、采收等生产档案，配合主管部门抽检。
三、采收加工过程不使用硫磺熏蒸，不掺杂使假。
如违反上述承诺，自愿承担相应责任。
承诺人（签字）：______
年　月　日
""",
    ),
    dict(
        slug="wenku-cuiping-text-bracket-slash-markers-cotton",
        site="翠屏文库 (invented)", style="文库预览", genre="工作总结", kind="summary", form="text",
        source="https://cuiping-wk.example.com/view/c20331.html",
        title="棉花质量监督检验站2025年上半年工作总结",
        record_title="【优质】棉花质量监督检验站2025年上半年工作总结",
        date="2025-07-08",
        pages=dict(fmt="【{n}/4】", every=100, start=2, glue="mix"),
        page="""
!m 翠屏文库
!t 【优质】棉花质量监督检验站2025年上半年工作总结
!m 共4页 · 阅读量 318 · 收藏 9
{BODY}
!a 阅读已结束，下载本文需要使用 3 下载券
!d 声明：本文档为用户上传，本站不保证其准确性
""",
        body="""
上半年，我站围绕棉花质量监管中心任务，认真开展监督抽验、仪器检定和业务培训等工作。
一是完成新年度棉花加工企业质量保证能力审查二十七家，对发现问题的五家企业下达整改通知。
二是开展棉花市场监督抽验，共抽取棉包样品六百四十个，检验结果全部录入监管系统。
三是组织全县棉花检验人员业务培训两期，培训一百零六人次。
下半年，我站将做好新棉公证检验准备工作，确保检验工作有序开展。
县棉花质量监督检验站
2025年7月8日
""",
    ),
    dict(
        slug="forum-sanhe-text-wrap-junk-boiler-letter",
        site="三河在线 (invented)", style="论坛", genre="函", kind="letter", form="text",
        source="http://www.sanhe-online.example.com/bbs/t/40771.html",
        title="致全市供热企业锅炉房负责人的一封信",
        record_title="致全市供热企业锅炉房负责人的一封信（市特检院发）",
        date="2025-10-20",
        wrap=60,
        junk=dict(lines=1, glued=1),
        page="""
!m 三河在线 › 民生热线 › 帖子详情
!t 致全市供热企业锅炉房负责人的一封信（市特检院发）
!m 作者：暖气片　　时间：昨天 22:18　　回复：9
{BODY}
!l 回复　　点赞 14　　分享
!l 1楼 冬天别冷：今年暖气能早点来吗
!a 登录三河在线，参与讨论
""",
        body="""
各供热企业锅炉房负责人：
供暖季即将开始，为确保锅炉安全运行，市特种设备检验研究院提醒各单位做好以下工作。
一是确认锅炉在检验有效期内，安全阀、压力表按期校验，超期设备一律不得投用。
二是司炉工、水处理作业人员必须持证上岗，严禁无证人员操作。
三是做好水质化验，防止锅炉结垢、腐蚀。
如需预约检验，请致电检验院锅炉所：0316-2150789。
三河市特种设备检验研究院
2025年10月20日
""",
    ),
    dict(
        slug="mail-fw-salt-company-html-bulletin",
        site="邮件转发（网页版邮箱）(invented)", style="邮件转发", genre="通知", kind="notice", form="html",
        source="https://mail.suiyan-salt.example.com/read?mid=ZL1209",
        title="关于春节期间食盐储备投放工作的通知",
        record_title="Fw: 关于春节期间食盐储备投放工作的通知",
        date="2025-12-09",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>读信 - 穗盐邮</title></head>
<body>
<div class="mailtop">⟦m 穗盐邮⟧ ⟦a 写信⟧ ⟦a 收信⟧ ⟦a 通讯录⟧</div>
<div class="subject">⟦m 主题：Fw: 关于春节期间食盐储备投放工作的通知⟧</div>
<div class="head">⟦m 发件人：经营管理部&lt;jygl@suiyan-salt.example.com&gt;⟧<br>⟦m 时　间：2025年12月10日 09:03⟧<br>⟦m 收件人：各分公司经理⟧</div>
<div class="body">
<p>各位经理：转发省公司通知，请遵照执行。</p>
<p>⟦m ---------- Forwarded message ----------⟧</p>
<h3>⟦t 关于春节期间食盐储备投放工作的通知⟧</h3>
{BODY}
</div>
<div class="ops">⟦a 回复　回复全部　转发　删除　更多⟧</div>
<div class="ft">⟦d 该邮件已通过病毒扫描⟧</div>
</body></html>
""",
        body="""
各分公司：
为保障春节期间食盐市场稳定供应，省公司决定启动部分政府食盐储备投放工作。
一、投放时间：2026年1月5日至2月15日。
二、投放数量：各分公司按附表数量组织投放，优先保障偏远乡镇和农村市场。
三、投放要求：严格执行出库登记，确保储备食盐先进先出、账实相符。
附件：春节期间食盐储备投放数量分配表
抄送：省盐务管理局
省盐业集团有限公司
2025年12月9日
""",
    ),
    dict(
        slug="qa-daxiang-text-template-placeholders-power",
        site="大象知道 (invented)", style="问答社区", genre="方案", kind="plan", form="text",
        source="https://zhidao.daxiang.example.com/question/55018230.html",
        title="供电所迎峰度夏保供电工作方案",
        record_title=None,
        date=None,
        page="""
!m 大象知道 · 有问必答
供电所迎峰度夏保供电工作方案怎么写？
!m 提问者：电力新人小周　　浏览 3417 次　　10小时前
!m 推荐答案　　来自 供电所老站长（认证用户）
{BODY}
!l 有帮助 97　没帮助 1　收藏　分享
!l 其他 4 条回答 >
""",
        body="""
为确保迎峰度夏期间辖区安全可靠供电，结合我所实际，制定本方案。
一、组织机构
成立迎峰度夏工作领导小组，所长任组长，副所长任副组长，成员由各班组长组成。
二、工作措施
1. 6月底前完成辖区××条10千伏线路和重载台区的特巡，消除缺陷。
2. 备足抢修物资，抢修队伍实行24小时值班。
3. 对重要用户和居民小区开展用电安全检查。
三、值班电话：××××××××
××供电所
20××年×月×日
""",
    ),
    dict(
        slug="news-tuoshui-text-title-thrice-securities",
        site="沱水日报网 (invented)", style="新闻门户", genre="新闻", kind="news", form="text",
        source="https://www.tuoshuirb.example.cn/2025/1016/jj/77120.html",
        title="“投资者教育进社区”走进沱水十个小区",
        record_title="“投资者教育进社区”走进沱水十个小区 - 财经 - 沱水日报网",
        date="2025-10-16",
        page="""
!m 沱水日报网 TUOSHUI DAILY
!m 首页 ＞ 财经
!t “投资者教育进社区”走进沱水十个小区
!m 2025年10月16日 07:55　沱水日报　记者 蔺珊
!a 分享到：　　字号 ＋ －
⟦t “投资者教育进社区”走进沱水十个小区⟧{BODY}
!t 【“投资者教育进社区”走进沱水十个小区】
!l 相关新闻：防范养老诈骗 守好“钱袋子”
""",
        body="""
近日，沱水市证券业协会联合辖区八家证券营业部，开展“投资者教育进社区”活动，先后走进十个小区。
活动中，工作人员用真实案例讲解非法荐股、虚假交易软件等骗局的常见套路，现场发放宣传手册两千余份。
“以前总觉得炒股群里有高手，今天才知道全是托儿。”退休职工姚阿姨说。
协会负责人表示，活动将持续到年底，覆盖全市五十个社区。
""",
    ),
]
