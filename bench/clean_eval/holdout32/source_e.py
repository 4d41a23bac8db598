"""holdout32, part E: written blind. Invented sites, counties, people, URLs and chrome."""

CASES = [
    dict(
        slug="download-dongwuyuan-plan-asp-mirrors",
        site="百宝资料屋 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.baibaozl.example.cn/down/2025/6641.asp",
        title="动物园动物逃逸应急处置方案",
        record_title="动物园动物逃逸应急处置方案.doc",
        date=None,
        notes="old ASP download station: file-name title, a file-info table, star rating, mirror links, visitor counter; no date (a crawl stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>动物园动物逃逸应急处置方案.doc - 百宝资料屋</title></head><body>
<table width="900"><tr><td>⟦m 百宝资料屋 → 应急预案 → 场馆安全⟧</td></tr></table>
<table width="900"><tr><td>⟦t 动物园动物逃逸应急处置方案.doc⟧</td></tr>
<tr><td>⟦m 资料评级：★★★★☆　收录时间：2025-08-01 03:12⟧</td></tr>
<tr><td>⟦m 运行环境：Word2003/WPS　授权方式：共享资料⟧</td></tr></table>
<table width="900"><tr><td>
{BODY}
</td></tr></table>
<table width="900"><tr><td>⟦a 下载点①（主站）　下载点②（网通镜像）⟧</td></tr>
<tr><td>⟦d 声明：本站资料来源于网络，仅供学习研究，请于下载后24小时内删除⟧</td></tr>
<tr><td>⟦m 今日访问 1288　累计访问 3320918⟧</td></tr></table>
</body></html>
""",
        body="""
一、适用范围。本方案适用于园区内猛兽、大型食草动物及灵长类动物逃出笼舍的应急处置。
二、报告程序。发现动物逃逸，现场人员立即报告值班室，值班室启动广播并通知安保、兽医和饲养组。
三、人员疏散。安保组按分区疏散游客至就近的安全屋或游客中心，关闭相关区域出入口。
四、捕捉处置。由兽医组评估后实施麻醉捕捉，严禁无关人员靠近。
五、事后总结。处置结束后二十四小时内形成书面报告。
""",
    ),
    dict(
        slug="exam-youzheng-interview-html",
        site="泓口人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.hongkou.example.gov.cn/gg/2025/0616/990.html",
        title="泓口县2025年国有企业招聘面试公告",
        record_title="泓口县2025年国有企业招聘面试公告_考试公告",
        date="2025-06-16",
        notes="HTML exam site: timetable, 打印面试通知书 sentence kept, consult line kept beside the site's technical support",
        page="""
<html><head><meta charset="utf-8"><title>泓口县2025年国有企业招聘面试公告_考试公告</title></head><body>
<div>⟦m 泓口人事考试信息网⟧</div><div>⟦m 首页 ＞ 考试公告⟧</div>
<div class="c"><h3>{T}</h3><p>⟦m 发布时间：2025-06-16　来源：县人社局⟧</p>
{BODY}
</div>
<div>⟦m 系统技术支持：0574-65520088⟧</div><div>⟦d 泓口县人力资源和社会保障局 版权所有⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下：
日期　时间　岗位
6月28日　8:30　邮政营业员、快递分拣员
6月28日　14:00　财务会计
请进入面试的考生于6月24日后登录本网站打印面试通知书。
咨询电话：0574-65520311。
泓口县人力资源和社会保障局
2025年6月16日
""",
    ),
    dict(
        slug="tender-dongwuyuan-procurement-text",
        site="蕉原县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.jiaoyuan.example.gov.cn/cggg/2025/0909/40771.html",
        title="蕉原野生动物园饲料采购项目公开招标公告",
        record_title=None,
        date="2025-09-09",
        notes="tender text page without record title: the title on a line of its own after a 【货物类】-labelled copy; buyer/agency contacts kept beside a platform hotline",
        page="""
!m 蕉原县政府采购网
!m 采购公告 > 公开招标 > 详情
!t 【货物类】蕉原野生动物园饲料采购项目公开招标公告
{T}
!m 发布日期：2025-09-09　浏览次数：143
{BODY}
!m 平台服务热线：400-110-8861
!l 相关公告：动物园兽药采购项目更正公告
""",
        body="""
项目编号：JYCG-2025-0312
预算金额：一百二十八万元
采购需求：草食动物干草、精饲料及灵长类动物果蔬，服务期一年。
获取招标文件时间：2025年9月10日至9月16日，潜在投标人须在平台注册后下载招标文件。
采购人：蕉原野生动物园管理处　联系人：宁工　电话：0598-53300218
代理机构：蕉原诚信招标代理有限公司　联系人：陶女士　电话：0598-53312009
""",
    ),
    dict(
        slug="lawfirm-yanglao-contract-lecture-html",
        site="泓信律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.hongxinlaw.example.com/lecture/elder-care.html",
        title="养老机构入住合同常见纠纷与防范——在社区法律讲堂上的讲稿",
        record_title="法律讲堂｜养老机构入住合同常见纠纷与防范——在社区法律讲堂上的讲稿",
        date="2025-10-18",
        notes="HTML law-firm page: speaker and date under the title neutral; consult box; disclaimer",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂｜养老机构入住合同常见纠纷与防范</title></head><body>
<div>⟦m 泓信律师事务所⟧</div><div>⟦m 关于我们 专业领域 律师团队 法律讲堂 联系我们⟧</div>
<h1>{T}</h1><p>泓信律师事务所律师　乔慕白</p><p>（2025年10月18日）</p>
{BODY}
<div>⟦w 免费电话咨询　0574-65588860⟧</div>
<div>⟦d 本文仅供普法宣传，不作为具体案件的法律意见⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
今天和大家聊一聊老人入住养老机构签合同时要注意的问题。
第一，看清收费项目。押金、床位费、护理费要分开写明，押金退还条件要约定清楚。
第二，约定护理等级的评估和调整办法，避免机构单方面提高护理费。
第三，约定意外伤害的责任承担，建议机构购买责任保险。
谢谢大家。
""",
    ),
    dict(
        slug="community-youzheng-parcel-notice-text",
        site="菱埠街道锦绣社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jinxiu.lingbu.example.org/gg/2025-11-03.html",
        title="关于社区快递驿站搬迁的温馨提示",
        record_title="【居民须知】关于社区快递驿站搬迁的温馨提示",
        date="2025-11-03",
        notes="residents' page: 时间/地点 lines kept; 关注 sentence kept; the station's own 电话 beside the community hotline",
        page="""
!m 锦绣社区 · 我们的家
!t 【居民须知】关于社区快递驿站搬迁的温馨提示
!m 发布：社区居委会　2025-11-03
{BODY}
!l 居民评论（12）　我要评论
!m 社区24小时服务电话：0595-27860000
""",
        body="""
各位居民：
因场地改造，社区快递驿站将搬迁至新址，具体如下：
搬迁时间：2025年11月10日
新址：锦绣社区12幢一楼（原便利店）
搬迁当天暂停取件，未取包裹将于次日在新址发放。
可关注“锦绣邻里”公众号查询包裹到站信息，驿站电话：13950071234。
锦绣社区居民委员会
2025年11月3日
""",
    ),
    dict(
        slug="association-hunqing-minutes-html",
        site="峤南市婚庆行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.qnhqxh.example.org.cn/xhdt/2025/0520/44.html",
        title="峤南市婚庆行业协会第二届理事会第三次会议纪要",
        record_title="峤南市婚庆行业协会第二届理事会第三次会议纪要-协会动态",
        date="2025-05-20",
        date_also=["2025-05-16"],
        notes="HTML association page: minutes lines kept; vote count; 印发 date expected, meeting date accepted; member login row",
        page="""
<html><head><meta charset="utf-8"><title>峤南市婚庆行业协会第二届理事会第三次会议纪要-协会动态</title></head><body>
<div>⟦a 会员登录 ｜ 申请入会⟧</div><div>⟦m 峤南市婚庆行业协会 · 诚信喜庆 服务万家⟧</div>
<h2>{T}</h2><p>⟦m 来源：协会秘书处　日期：2025-05-20⟧</p>
{BODY}
<div>⟦l 相关：婚庆服务合同示范文本（2025版）⟧</div><div>⟦m 秘书处电话：0591-22107766⟧</div>
</body></html>
""",
        body="""
时间：2025年5月16日上午9时
地点：协会会议室
主持：会长 芮芳菲
出席：理事21人
记录：邹晓
会议审议通过了《婚庆服务诚信公约》，表决结果：同意21票。
会议决定于7月举办全市婚庆主持人技能大赛。
峤南市婚庆行业协会秘书处
2025年5月20日印发
""",
    ),
    dict(
        slug="corp-jiayouzhan-notice-text",
        site="砾川石化销售公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lcsh-xs.example.com/news/notice/2025/0801.html",
        title="关于部分加油站夜间暂停营业的公告",
        record_title="关于部分加油站夜间暂停营业的公告 | 砾川石化销售",
        date="2025-08-01",
        notes="corporate notice: station table; service hotline in footer; customer's own 联系电话 line kept",
        page="""
!m 砾川石化销售有限公司
!m 首页 ＞ 新闻中心 ＞ 公告
!t 关于部分加油站夜间暂停营业的公告 | 砾川石化销售
{BODY}
!m 客户服务热线：95090-8
!d 版权所有 砾川石化销售有限公司
""",
        body="""
尊敬的客户：
因设备检修，以下加油站自8月5日至8月15日每日22:00至次日6:00暂停营业：
站名　地址
砾川一站　砾川大道188号
砾川三站　渔港路6号
联系电话：0576-87650021。
砾川石化销售有限公司
2025年8月1日
""",
    ),
    dict(
        slug="training-hangbiao-course-html",
        site="海帆船员培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.haifan-px.example.com/news/2025/0412.html",
        title="2025年第二期内河船员适任培训开班通知",
        record_title="【报名中】2025年第二期内河船员适任培训开班通知（附课程表）",
        date="2025-04-12",
        notes="HTML training centre: course table; floating consult box; 报名电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>【报名中】2025年第二期内河船员适任培训开班通知（附课程表）</title></head><body>
<div>⟦m 海帆船员培训中心⟧</div><div>⟦m 首页 / 培训动态⟧</div>
<h2>{T}</h2>
{BODY}
<div class="float">⟦w 在线客服 ☎ 400-877-1602⟧</div>
<div>⟦d 海帆船员培训中心 版权所有⟧</div>
</body></html>
""",
        body="""
经海事管理机构备案，我中心2025年第二期内河船员适任培训定于4月28日开班。
科目　课时
船舶操纵与避碰　40
航道与航标　24
报名电话：0573-86207711。
海帆船员培训中心
2025年4月12日
""",
    ),
    dict(
        slug="app-fanwen-liangku-pledge-oneline",
        site="写作宝App (invented)",
        style="范文APP",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="https://m.xiezuobao.example.com/share/doc?id=55188",
        title="爱粮节粮倡议书",
        record_title="爱粮节粮倡议书｜写作宝",
        date="2025-10-16",
        notes="app share page with the body on one line; open-app and copy buttons; share stamp",
        oneline=True,
        indent="　　",
        page="""
!a 打开写作宝，查看更多范文
!t 爱粮节粮倡议书｜写作宝
!m 分享自写作宝 · 2025-10-20
{BODY}
!a 复制　｜　下载　｜　收藏
""",
        body="""
全县广大干部群众：
10月16日是世界粮食日，我们向大家倡议：
一、珍惜每一粒粮食，外出就餐适量点餐，剩菜打包。
二、机关食堂推行小份菜、半份菜。
三、从我做起，争做节粮爱粮的宣传者和践行者。
筇岭县粮食和物资储备局
2025年10月16日
""",
    ),
    dict(
        slug="gkforum-gongdian-exam-post-html",
        site="备考圈论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://bbs.beikaoquan.example.com/t/62208",
        title="电网招聘考试备考心得",
        record_title="[经验] 电网招聘考试备考心得 - 国企招聘区 - 备考圈",
        date="2025-01-05",
        notes="Discuz-like HTML exam forum: 发表于 post date is the page date; jammer fonts in the body",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[经验] 电网招聘考试备考心得 - 国企招聘区 - 备考圈</title></head><body>
<div>⟦m 备考圈论坛 › 国企招聘区⟧</div>
<div class="post"><h1>⟦t [经验] 电网招聘考试备考心得⟧</h1><p>⟦m 岫川小电工　发表于 2025-1-5 21:17⟧</p>
{BODY}
</div>
<div>⟦l 回复 ｜ 收藏 ｜ 评分⟧</div><div>⟦m 手机版 ｜ 备考圈⟧</div>
</body></html>
""",
        body="""
去年考上了岫川供电所，说说我的备考经验。
专业课是重点，电路和电机学要反复刷题，我整理了三本错题本。
综合能力部分和公考行测差不多，每天一套题保持手感。
面试主要问安全意识，一定要熟悉工作票制度。
""",
    ),
    dict(
        slug="wiki-jiedu-entry-text",
        site="百知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://www.baizhi-bk.example.com/item/社区戒毒",
        title="社区戒毒",
        record_title="社区戒毒 - 百知百科",
        date=None,
        notes="encyclopaedia entry with an example date and a 20××年 placeholder; edit links; references box",
        page="""
!m 百知百科 · 全民共建的知识库
!t 社区戒毒 - 百知百科
!a 编辑　讨论　收藏 82
{BODY}
!l 参考资料：[1] 禁毒法释义　[2] 戒毒条例
!m 本词条最后修订于3天前
""",
        body="""
社区戒毒，是指吸毒成瘾人员在户籍所在地或现居住地的社区接受戒毒治疗和帮教的一种戒毒措施。
社区戒毒的期限为三年，由乡镇人民政府、街道办事处负责组织实施。
例如，某地于2018年3月1日作出社区戒毒决定的，期限至2021年2月28日止。
相关文书落款一般写“20××年×月×日”。
""",
    ),
    dict(
        slug="netdisk-yanye-summary-text",
        site="方舟网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.fangzhou.example.com/share/init?surl=Qm8xY2",
        title="盐业分公司2025年上半年工作总结",
        record_title="盐业分公司2025年上半年工作总结.wps",
        date="2025-07-10",
        notes="cloud-drive text share: file-name title, share and expiry stamps not dates; a save button and login prompt; Chinese numerals in the 成文日期",
        page="""
!m 方舟网盘 | 文件分享
!t 盐业分公司2025年上半年工作总结.wps
!m 分享于 2025-07-28 09:40　失效时间：7天后　大小 31.6KB
!a 保存到网盘　　下载　　登录后可在线编辑
{BODY}
!d 如发现违规内容，请点击举报
""",
        body="""
今年上半年，分公司实现食盐销售一万二千吨，同比增长百分之四。
一是优化配送网络，新增乡镇配送点九个。
二是强化质量管控，开展批批检验，合格率百分之百。
下半年将重点做好高端盐品推广和应急储备工作。
蘖川盐业分公司
二〇二五年七月十日
""",
    ),
]
