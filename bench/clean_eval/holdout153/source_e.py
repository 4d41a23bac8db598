"""holdout153, part E: part B's styles again with other documents and sites. Invented."""

CASES = [
    dict(
        slug="collection-yaoshi-yaoshan-essay-nav",
        site="药食斋随笔集 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://www.yaoshizhai.example.net/ji/3/12.html",
        title="外婆的那碗茯苓糕",
        record_title="《药食斋随笔》卷三·第12篇｜外婆的那碗茯苓糕",
        date=None,
        notes="collection chapter with volume nav; years inside the text only; no date",
        page="""
!m 药食斋随笔集
!l 卷三 · 灶间往事 · 第12篇
{T}
{BODY}
!l ‹ 上一篇 腊月的当归酒　｜　下一篇 药铺门口的石臼 ›
!l 返回卷目录
!d 本集文字版权归作者所有，转载请先征得同意
""",
        body="""
小时候每到夏天，外婆都要蒸一笼茯苓糕，说是吃了不长痱子。
她把茯苓磨成粉，和米粉、白糖拌匀，装进竹蒸笼里蒸一刻钟，出锅时满屋都是清香。
1998年外婆去世后，我再也没吃到过那个味道，直到前几年学了药膳，才照着记忆做了出来。
女儿尝了一口说好吃，我却觉得少了点什么，大概少的是外婆灶台边的那份等待。
""",
    ),
    dict(
        slug="dangjian-text-shapan-branch-report",
        site="瑁城非公党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mcfgdj.example.gov.cn/zbfc/2025/1208/447.html",
        title="衡景模型公司党支部2025年党建工作总结",
        record_title="【支部风采】衡景模型公司党支部2025年党建工作总结",
        date="2025-12-08",
        notes="Party-building text page: slogan line, 学习强国-like badge glued after a sentence, tags; activities table",
        page="""
!m 瑁城非公党建　|　红色引擎 聚力发展
!m 首页 > 支部风采
{T}
!m 稿源：衡景模型公司党支部　编发：2025-12-09
{BODY}
!l 标签：非公党建　党支部　模型制作
!l 【上一篇】某物流公司党支部开展主题党日　【下一篇】园区党委召开年度述职会
""",
        body="""
2025年，公司党支部坚持把党建工作融入生产经营，全年发展党员两名，支部党员达到十一名。
月份　主题党日活动
3月　参观县城市规划馆
7月　党员技术攻关日
10月　走进社区义务制作防灾沙盘
支部组织党员成立技术攻关小组，解决大型沙盘底板变形问题，为公司节约成本十余万元。⟦l 👍 点赞 16⟧
2026年，支部将继续推进党建与业务深度融合。
衡景模型公司党支部
2025年12月8日
""",
        date_also=["2025-12-09"],
    ),
    dict(
        slug="hospital-text-guiju-voice-care-lecture",
        site="瑄阳县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xyrmyy.example.com/news/kpzs/2025/0418.html",
        title="耳鼻喉科走进县桂剧团开展嗓音保护讲座",
        record_title="耳鼻喉科走进县桂剧团开展嗓音保护讲座_瑄阳县人民医院",
        date="2025-04-17",
        notes="hospital news text page; appointment line and 24h hotline; byline date; editor glued after the last paragraph",
        page="""
!m 瑄阳县人民医院　|　二级甲等综合医院
!a 预约挂号　|　报告查询　|　来院导航
{T}
!m 发布时间：2025-04-17　作者：宣传科　点击：214
{BODY}
!m 医院总机：0776-7218000　急救电话：120
!l 上一条：我院开展世界睡眠日义诊
""",
        body="""
4月16日，我院耳鼻喉科主任罗慧敏带领医护人员走进县桂剧团，为四十余名演职人员开展嗓音保护讲座并进行嗓音检查。
罗慧敏结合戏曲演员用嗓特点，讲解了声带小结、慢性咽炎的预防方法，提醒演员演出前后避免吃辛辣食物，演出间隙少量多次饮用温水。
检查发现，有九名演员存在不同程度的声带充血，医护人员现场给出了治疗建议。⟦m （通讯员 梁晓杉）⟧
""",
    ),
    dict(
        slug="university-text-guiju-lecture-series",
        site="瑞岭学院艺术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://ysxy.rlxy.example.edu.cn/xwdt/2025/1106/902.html",
        title="“戏曲名家进校园”桂剧专场讲座举行",
        record_title="“戏曲名家进校园”桂剧专场讲座举行-瑞岭学院艺术学院",
        date="2025-11-06",
        notes="university department news: photo/text credits, views, site footer; date from byline",
        page="""
!m 瑞岭学院艺术学院
!m 学院首页 | 学院概况 | 新闻动态 | 教学科研 | 学生工作
{T}
!m 文：陈思彤　图：欧阳凯　审核：马国庆　发布日期：2025-11-06　浏览：[377]
{BODY}
!l 【打印】【关闭】
!m Copyright© 瑞岭学院艺术学院　地址：瑞岭市大学城文华路1号
""",
        body="""
11月5日下午，“戏曲名家进校园”桂剧专场讲座在学院音乐厅举行，国家级非遗桂剧代表性传承人蒙秀珠应邀主讲。
蒙秀珠讲述了桂剧二百多年的发展历程，现场示范了桂剧旦角的水袖和台步，并清唱了《打金枝》选段。
音乐表演专业的三名学生上台学唱，台下师生掌声不断。
本学期学院还将邀请京剧、彩调等剧种的名家来校讲座。
""",
    ),
    dict(
        slug="localforum-html-yuanyuan-shapan-complaint",
        site="瑗原在线 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.yyzx.example.net/thread-228103-1-1.html",
        title="售楼处沙盘上的学校到底建不建？",
        record_title="[民生吐槽] 售楼处沙盘上的学校到底建不建？ - 民生直通车 - 瑗原在线",
        date="2025-09-09",
        notes="county forum HTML: jammer fonts glued, official reply floor kept out, post time is the date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[民生吐槽] 售楼处沙盘上的学校到底建不建？ - 民生直通车 - 瑗原在线</title></head><body>
<div class="hd">⟦m 瑗原在线 · 瑗原人的网上家园⟧ ⟦a 登录　注册⟧</div>
<div class="crumb">⟦m 瑗原在线 » 民生直通车 » 正文⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主：住在城东 ｜ 发表于 2025-9-9 19:26 ｜ 查看 4471 ｜ 回复 58⟧</div>
<div class="msg">
{BODY}
</div>
<div class="reply">⟦l 2楼 城东老张：同问，我们也是看了沙盘才买的⟧</div>
<div class="reply">⟦l 3楼 路过的：顶一下，希望有关部门回复⟧</div>
<div class="ft">⟦d 帖子内容仅代表网友个人观点，与本站立场无关⟧</div>
</body></html>
""",
        body="""
前年在城东某楼盘买房，售楼处沙盘上小区东侧明明做了一所小学，销售也说三年内建成。现在交房了，那块地还是荒地，还围起来做了停车场。
想问问有关部门，这块地规划的到底是不是学校？开发商用沙盘宣传不存在的配套，算不算虚假宣传？
希望能有个明确答复，小区几百户孩子等着上学。
""",
    ),
    dict(
        slug="download-text-guiju-script-doc",
        site="素材宝下载站 (invented)",
        style="资料下载站",
        genre="主持词",
        kind="other",
        form="text",
        source="http://www.sucaibao.example.com/down/88301.html",
        title="桂剧专场演出主持词",
        record_title="桂剧专场演出主持词.doc",
        date=None,
        notes="text download page with file info lines, speed-download ad, mirror list; host script with ×× placeholders; no date",
        page="""
!m 素材宝下载站 —— 办公文档随心下
!m 文件名称：桂剧专场演出主持词.doc　文件大小：18KB　授权：免费
!m 更新：2025-02-11　人气：806
{BODY}
!a 高速下载器下载（推荐）｜普通下载｜备用地址
!a 链接失效？点这里反馈
!d 本站所有资源仅供学习交流，请于下载后24小时内删除
""",
        body="""
甲：尊敬的各位领导、各位来宾，
乙：亲爱的观众朋友们，
合：大家晚上好！
甲：桂韵悠扬传百年，锣鼓声声庆佳节。欢迎大家来到××县桂剧专场演出现场。
乙：今晚，××县桂剧团将为大家带来《打金枝》《拾玉镯》等经典剧目。
甲：下面，有请××同志致辞。
""",
    ),
    dict(
        slug="rsks-html-yaoshan-skill-exam",
        site="瑞岭职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.rljnjd.example.gov.cn/ksap/2025/0520/91.html",
        title="关于2025年第二批中式烹调师（药膳方向）技能等级认定考试安排的通知",
        record_title="关于2025年第二批中式烹调师（药膳方向）技能等级认定考试安排的通知",
        date="2025-05-20",
        notes="exam site HTML: floating consult box, technical line vs document's 咨询电话; exam timetable; 准考证 打印 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>瑞岭职业技能鉴定网</title></head><body>
<div class="logo">⟦m 瑞岭职业技能鉴定网⟧</div>
<div class="nav">⟦m 首页 | 考试安排 | 成绩查询 | 证书查询 | 政策文件⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 发布单位：市职业技能鉴定中心　发布时间：2025-05-20⟧</div>
<div class="main">
{BODY}
</div>
<div class="fb">⟦w 在线答疑 09:00-17:00⟧ ⟦m 系统技术支持：0771-2630118⟧</div>
<div class="ft">⟦m 瑞岭市人力资源和社会保障局主办⟧</div>
</body></html>
""",
        body="""
各有关单位、各位考生：
2025年第二批中式烹调师（药膳方向）技能等级认定考试安排如下：
科目　时间　地点
理论知识　6月14日9:00-10:30　市技师学院A栋
技能操作　6月15日8:30起　市技师学院烹饪实训楼
考生请于6月10日后登录本网打印准考证，技能操作考试自备刀具和工作服。
咨询电话：0771-2631506。
瑞岭市职业技能鉴定中心
2025年5月20日
""",
    ),
    dict(
        slug="tender-text-guiju-costume-inquiry",
        site="琪田县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.qitian.example.gov.cn/cggg/xjgg/2025/0616/511.html",
        title="琪田县桂剧团演出服装采购询价公告",
        record_title="【询价】琪田县桂剧团演出服装采购询价公告 - 琪田县政府采购网",
        date="2025-06-16",
        notes="tender text page; lot table; purchaser contact vs platform hotline; 获取文件 sentence with 下载",
        page="""
!m 琪田县政府采购网
!m 采购公告 > 询价公告
{T}
!m 发布日期：2025年06月16日　阅读：129次
{BODY}
!m 平台运维电话：0775-7260010（仅限系统操作问题）
!l 相关公告：琪田县文化馆音响设备采购结果公告
""",
        body="""
琪田县桂剧团演出服装采购项目采用询价方式采购，欢迎合格供应商参加。
包号　品名　数量　预算
1　蟒袍　12套　4.8万元
2　褶子　20套　3.2万元
3　靴鞋　40双　0.8万元
供应商可于6月17日至6月23日在本网下载询价文件，报价截止时间为6月26日9时。
采购人：琪田县桂剧团，联系人：廖先生，电话：0775-7263387。
琪田县桂剧团
2025年6月16日
""",
    ),
    dict(
        slug="lawfirm-html-shapan-false-ad-case",
        site="瑁城明理律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.minglilaw.example.com/anli/2025/1120.html",
        title="售楼沙盘与实际不符，购房人能否主张违约？",
        record_title="法律讲堂丨售楼沙盘与实际不符，购房人能否主张违约？",
        date="2025-11-20",
        notes="law firm HTML: consult widget, lawyer card, not-legal-advice footer; date in byline",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨售楼沙盘与实际不符，购房人能否主张违约？-明理律所</title></head><body>
<div class="hd">⟦m 明理律师事务所　房地产纠纷专业团队⟧</div>
<div class="nav">⟦m 律所简介 ｜ 专业领域 ｜ 律师团队 ｜ 法律讲堂 ｜ 联系我们⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 作者：周若兰律师　日期：2025-11-20　阅读 733⟧</div>
<div class="art">
{BODY}
</div>
<div class="card">⟦w 周若兰 执业律师 擅长房产纠纷 立即咨询⟧</div>
<div class="note">⟦d 温馨提示：本文观点仅供参考，具体案件请以律师面谈意见为准⟧</div>
</body></html>
""",
        body="""
不少购房人遇到过这样的情况：售楼处沙盘上的花园、学校，交房时却不见踪影。这时能否主张开发商违约？
根据相关司法解释，商品房销售广告和宣传资料为要约邀请，但出卖人就商品房开发规划范围内的房屋及相关设施所作的说明和允诺具体确定，并对合同订立以及房屋价格的确定有重大影响的，应当视为要约，即使未载入合同，也应当视为合同内容。
因此，购房人应注意保存沙盘照片、宣传册等证据，必要时可以请求开发商承担违约责任。
""",
    ),
    dict(
        slug="community-html-fangzai-shapan-activity",
        site="琨华社区服务网 (invented)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kunhuasq.example.com/hd/2025/0512.html",
        title="社区用防灾沙盘给居民上了一堂应急课",
        record_title="社区用防灾沙盘给居民上了一堂应急课",
        date="2025-05-12",
        notes="residents' site HTML: weather widget, service icons, comment box; photo caption between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>琨华社区服务网</title></head><body>
<div class="top">⟦m 琨华社区服务网⟧ ⟦m 今天 晴 18～29℃⟧</div>
<div class="icons">⟦l 便民缴费 | 报事报修 | 邻里集市 | 志愿服务⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 社区工作站 发布于 2025-05-12⟧</div>
<div class="text">
{BODY}
</div>
<div class="cmt">⟦l 评论（2）：请文明发言⟧</div>
<div class="foot">⟦m 物业24小时服务：0772-3358800⟧</div>
</body></html>
""",
        body="""
5月12日是全国防灾减灾日，社区在广场摆出了一座防灾沙盘，吸引了不少居民围观。
这座沙盘由衡景模型公司党员志愿者义务制作，按比例还原了社区的楼栋、道路和应急避难场所。
⟦m 居民在防灾沙盘前听讲解⟧
社区网格员对照沙盘，讲解了发生火灾、地震时的疏散路线和集合地点。
活动结束后，沙盘将长期摆放在社区党群服务中心。
""",
    ),
    dict(
        slug="association-guiju-society-pledge",
        site="琰水县戏剧家协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.ysxjxh.example.org.cn/xhgg/2025/0327.html",
        title="致全县桂剧从业者的倡议书",
        record_title="【协会倡议】致全县桂剧从业者的倡议书",
        date="2025-03-27",
        record_date="2025-03-27",
        notes="association text page with member-login row; world theatre day pledge; share bar",
        page="""
!a 会员登录 · 申请入会
!m 琰水县戏剧家协会
!m 首页 » 协会公告
{T}
!m 时间：2025-03-27　来源：协会秘书处　阅读：302
{BODY}
!l 分享至：朋友圈　QQ　微博
!d © 琰水县戏剧家协会　保留所有权利
""",
        body="""
全县桂剧从业者：
在世界戏剧日到来之际，县戏剧家协会向大家发出倡议：
一、坚守艺德。台上认真演戏，台下清白做人，不搞低俗表演。
二、勤练技艺。每人每年学会一出新戏，青年演员拜师学艺。
三、服务群众。多到基层演出，把好戏送到百姓家门口。
琰水县戏剧家协会
2025年3月27日
""",
    ),
]
