"""holdout24, part E: corporate sites (a guitar maker's news, a rice-noodle maker's notice),
training schools (a children's coding school, an electrician licence school), two 范文 apps,
two civil-service-exam forums, an encyclopaedia entry and a how-to page, and two cloud-drive
shares. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="corp-guitar-maker-news-html",
        site="清音乐器 (invented guitar maker's site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qingyin-guitar.example.com/news/company/2025-05-28.html",
        title="清音乐器入选省级“单项冠军”培育企业名单",
        record_date="2025-05-28",
        date="2025-05-28",
        notes="a corporate template: language switch, product nav, a news date line (the date), a photo caption between paragraphs, a 'back to list' link and a dealer-inquiry box; footer with 400 line and ICP",
        page="""
<html><head><meta charset="utf-8"><title>清音乐器入选省级“单项冠军”培育企业名单 | Qingyin Guitars</title></head><body>
<div class="lang">⟦a 中文 / EN⟧</div>
<div class="logo">⟦m 清音乐器 QINGYIN　匠心制琴二十年⟧</div>
<ul class="nav"><li>⟦l 产品中心⟧</li><li>⟦l 品质工艺⟧</li><li>⟦l 新闻资讯⟧</li><li>⟦l 经销网络⟧</li><li>⟦l 联系我们⟧</li></ul>
<h1>⟦t 清音乐器入选省级“单项冠军”培育企业名单⟧</h1>
<div class="date">⟦m 2025-05-28　公司新闻⟧</div>
<div class="article">
{BODY}
</div>
<div class="back">⟦l ← 返回新闻列表⟧</div>
<div class="inquiry">⟦w 经销合作：请留下您的联系方式，我们将在24小时内回电⟧</div>
<div class="ft">⟦m 全国服务热线 400-611-0520⟧　⟦m 湘ICP备17022105号-1⟧　⟦d © 2025 栌阳县清音乐器制造有限公司⟧</div>
</body></html>
""",
        body="""
近日，省工业和信息化厅公布2025年度制造业单项冠军培育企业名单，栌阳县清音乐器制造有限公司榜上有名。
公司成立于2005年，专注木吉他研发制造，年产各类吉他三十二万把，产品出口到四十多个国家和地区。
⟦m 图：公司手工制琴车间⟧
近年来，公司每年研发投入占销售收入的百分之四以上，拥有面板调音、琴颈防变形等发明专利十一项。
公司负责人表示，将以此为契机，继续深耕细分领域，打造具有国际影响力的民族吉他品牌。
""",
    ),
    dict(
        slug="corp-rice-noodle-packaging-notice",
        site="乐丰米粉 (invented rice-noodle maker's site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lefeng-mifen.example.cn/gonggao/12.html",
        title="关于产品包装升级的公告",
        record_title="关于产品包装升级的公告-乐丰米粉官网",
        date="2025-09-01",
        notes="a small corporate site: shop links and a 'buy now' button between paragraphs, a customer-service line in the footer beside the notice's own 客服电话; a trace-code sentence kept",
        page="""
!m 乐丰米粉｜桕湖老味道
!l 首页　品牌故事　产品展示　新闻公告　在线商城
!t 关于产品包装升级的公告
!m 时间：2025-09-01　浏览：86
{BODY}
!a 天猫旗舰店　｜　京东自营　｜　抖音小店
!m 招商热线：0736-5128800　地址：桕湖县食品工业园3号
""",
        body="""
尊敬的消费者、经销商朋友：
为进一步提升产品品质和消费体验，我公司自2025年9月15日起对“乐丰”牌干米粉系列产品包装进行升级。
一、新包装采用可回收材料，外观由红色调整为绿色，产品配方和生产工艺不变。
⟦a 新包装上市，点击抢购尝鲜装⟧
二、新包装背面增加追溯码，扫码可查看原料产地、生产批次和检验报告。
三、新旧包装产品在过渡期内同时销售，请放心选购。
如有疑问，请拨打客服电话0736-5128666。
桕湖县乐丰米粉厂
2025年9月1日
""",
    ),
    dict(
        slug="training-coding-school-parents-letter-html",
        site="小码匠少儿编程 (invented training school)",
        style="培训机构",
        genre="致家长信",
        kind="letter",
        form="html",
        source="https://www.xiaomajiang.example.com/news/2025/0625/letter.html",
        title="2025年暑期课程安排致家长的一封信",
        record_title="【家长必读】2025年暑期课程安排致家长的一封信（附课表）",
        date="2025-06-25",
        notes="a training-school template: trial-class banner, a floating consult box, a course table, the school's own 报名电话 beside a 400 sales line; a 'free trial' button glued after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>【家长必读】2025年暑期课程安排致家长的一封信（附课表）</title></head><body>
<div class="banner">⟦a 0元领取体验课⟧ ⟦w 课程顾问：400-168-6021⟧</div>
<div class="logo">⟦m 小码匠少儿编程　让孩子像工程师一样思考⟧</div>
<div class="nav">⟦l 课程体系　师资力量　学员作品　校区分布　新闻动态⟧</div>
<h1>⟦t 2025年暑期课程安排致家长的一封信⟧</h1>
<div class="meta">⟦m 樟汀五一校区　2025-06-25⟧</div>
<div class="body">
{BODY}
</div>
<div id="float">⟦w 在线咨询 | 预约试听 | 回到顶部⟧</div>
<div class="ft">⟦m 校外培训机构办学许可证编号：教民135010020250031号⟧<br>⟦d 版权所有 小码匠教育科技有限公司⟧</div>
</body></html>
""",
        body="""
亲爱的家长：
您好！暑假即将来临，为帮助孩子充实度过假期，小码匠五一校区暑期课程安排如下。
班级　　年龄　　上课时间　　课时
图形化编程启蒙班　　7至9岁　　7月7日至7月25日上午　　15
Python入门班　　10至12岁　　7月7日至7月25日下午　　15
信息学竞赛集训班　　12至15岁　　7月28日至8月15日全天　　30
每班不超过十二人，课程结束后孩子可将作品下载保存，我们也会在结课汇报会上展示优秀作品。⟦a 立即预约免费试听>>⟧
报名电话：0591-87723015（五一校区前台）。
小码匠五一校区
2025年6月25日
""",
    ),
    dict(
        slug="training-electrician-school-notes-wrapped",
        site="安能电工培训学校 (invented)",
        style="培训机构",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.anneng-dg.example.cn/xzzx/xueyuan-xuzhi.html",
        title="低压电工作业培训学员须知",
        record_title="【学员须知】低压电工作业培训学员须知（报名前必读）",
        date="2025-02-20",
        notes="hard-wrapped at 62 columns; numbered rules telling trainees to download and print forms and follow the school's account kept; a sign-up hotline and QQ group as chrome",
        wrap=62,
        page="""
!m 安能电工培训学校 — 持证上岗 从这里开始
!m 首页 ＞ 下载中心 ＞ 学员须知
!t 【学员须知】低压电工作业培训学员须知（报名前必读）
{BODY}
!w 报名咨询：13807456620（吴老师）　学员QQ群：556103887
!l 热门课程：高压电工　焊工证　登高作业证　制冷空调作业
!m 安能电工培训学校　地址：柞岭县职教园区5栋
""",
        body="""
一、报名条件：年满十八周岁，初中及以上文化程度，身体健康，无妨碍从事电工作业的疾病和生理缺陷。
二、报名材料：身份证复印件、学历证明复印件、一寸白底照片四张和体检证明。请学员在学校网站下载报名表，打印后如实填写。
三、培训时间：理论与实操合计八天，学员须按时上课，缺课超过一天的不得参加考试。
四、考试安排：培训结束后由应急管理部门统一组织考试，考试合格的颁发特种作业操作证。
五、学员可关注学校公众号查询课表、考试时间和成绩。
安能电工培训学校教务处
2025年2月20日
""",
    ),
    dict(
        slug="fanwenapp-parents-school-summary-cn-date",
        site="写作宝App分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiezuobao.example.com/article/771209?from=wx",
        title="檫溪镇中心小学家长学校2024年工作总结",
        record_title="檫溪镇中心小学家长学校2024年工作总结｜写作宝",
        date="2024-12-30",
        notes="an app share page: 'open in app' bars at top and bottom and between paragraphs, a word-count and collect line, a member prompt; the summary signed with a date in Chinese numerals",
        page="""
!a 打开写作宝App，阅读体验更佳 〉
!t 檫溪镇中心小学家长学校2024年工作总结｜写作宝
!m 1865字　·　3.1万人看过　·　收藏 922
{BODY}
!a 已阅读60%，打开App继续阅读全文
!a 开通写作宝会员，海量范文一键复制
!l 相似范文：家长学校工作计划｜家校共育活动方案
""",
        body="""
2024年，我校家长学校以“共育共成长”为主题，认真开展家庭教育指导工作，取得了较好效果。
一、健全组织。调整家长学校校务委员会，聘请十二名优秀家长和退休教师担任兼职讲师。
二、丰富形式。全年举办家长讲座六场、家长开放日两次，开展“亲子共读一本书”活动，参与家庭四百三十户。
⟦a App内查看完整范文目录 〉⟧
三、注重实效。针对留守儿童家庭，开展电话家访和视频家长会，全年家访一百八十余次。
今后，我们将进一步完善家长学校课程体系，推动家校共育走深走实。
檫溪镇中心小学
二〇二四年十二月三十日
""",
    ),
    dict(
        slug="fanwenapp-fire-operator-training-essay",
        site="范文口袋App (invented, reading mode)",
        style="范文APP",
        genre="心得体会",
        kind="article",
        form="text",
        source="https://m.fanwenkoudai.example.cn/read/55102?mode=reader",
        title="参加消防设施操作员培训心得体会",
        record_title="参加消防设施操作员培训心得体会（可编辑）",
        date=None,
        notes="an app reading mode: a chapter bar and a font/theme toolbar at the top, a paywall glued after a sentence, a 'next piece' list; no date (an export stamp only)",
        page="""
!a ☰ 目录　　Aa 字号　　☾ 夜间
!t 参加消防设施操作员培训心得体会（可编辑）
!m 范文口袋 · 心得体会频道　　导出于 2025-11-30 22:14
{BODY}
!l 下一篇：安全生产月活动心得体会 〉
!d 范文口袋内容来自用户投稿及网络整理，仅供参考
""",
        body="""
十一月，我参加了公司组织的消防设施操作员培训，系统学习了消防设施的构造原理和操作维护方法，收获很大。
一是认识到了岗位的重要性。消防控制室是建筑消防系统的“大脑”，值班人员一个疏忽，就可能让整套系统形同虚设。
二是掌握了实操技能。通过反复练习，我能够熟练操作火灾报警控制器，能独立完成消防水泵的手动启停和日常巡检。⟦a 剩余内容需解锁，开通VIP立享8折⟧
三是增强了责任意识。今后我将严格执行值班制度，认真做好每一次巡查记录，确保消防设施始终处于良好状态。
""",
    ),
    dict(
        slug="gongkao-interview-highrise-answer-html",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="article",
        form="html",
        source="http://bbs.shanganba.example.com/thread-118802-1-1.html",
        title="结构化面试参考答案：如何治理高空抛物",
        record_title="【面试真题】结构化面试参考答案：如何治理高空抛物（附答题思路）- 面试交流区 - 上岸吧",
        date="2025-10-09",
        notes="an exam forum post: a 发表于 line (the page's date: the answer has no date), a study-group ad box, a hidden-content prompt between paragraphs, reply floors and a sign-in row; jammer fonts glued",
        junk=dict(lines=0, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>【面试真题】结构化面试参考答案：如何治理高空抛物（附答题思路）- 面试交流区 - 上岸吧</title></head><body>
<div class="hd">⟦m 上岸吧公考论坛⟧　⟦a 每日签到⟧　⟦a 登录⟧</div>
<div class="ad">⟦w 面试一对一模考，咨询微信 sab_mianshi⟧</div>
<div class="pt">⟦m 上岸吧 › 面试交流区 › 真题解析⟧</div>
<h1>⟦t 结构化面试参考答案：如何治理高空抛物⟧</h1>
<div class="authi">⟦m 考神附体　发表于 2025-10-09 22:36⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="floor">⟦l 沙发　上岸上岸：谢谢楼主，收藏了⟧</div>
<div class="floor">⟦l 板凳　二战选手：第三点可以再展开一下⟧</div>
<div class="ft">⟦m 上岸吧公考论坛　Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
题目：近年来，高空抛物事件时有发生。如果领导让你负责社区高空抛物治理工作，你会怎么做？
参考答案：高空抛物看似小事，却关系群众头顶安全。如果由我负责，我会从以下几个方面开展工作。
第一，摸清底数。会同物业对辖区高层住宅逐栋排查，掌握易发楼栋和时段。
⟦a 本帖隐藏的答题思路需回复后才能查看⟧
第二，技防加人防。推动在重点楼栋安装高空抛物监控探头，同时发动楼栋长开展巡查劝导。
第三，加强宣传。通过居民群、宣传栏和入户走访，讲清高空抛物的法律后果。
第四，建立长效机制。把文明居住要求写进居民公约，定期通报治理情况。
""",
    ),
    dict(
        slug="gongkao-shenlun-bamboo-essay-junk",
        site="申论之家论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="article",
        form="text",
        source="http://www.shenlunzhijia.example.net/forum/read-77120.html",
        title="以竹代塑：小竹子里的大文章",
        record_title="[申论范文] 以竹代塑：小竹子里的大文章（附点评）",
        date=None,
        notes="a shenlun essay on an exam forum: forum junk lines and glued junk, a 2天前 post time (no date), a moderator's score line and replies below",
        junk=dict(lines=2, glued=3),
        page="""
!m 申论之家论坛 » 申论大作文 » 范文展示
!t [申论范文] 以竹代塑：小竹子里的大文章（附点评）
!m 作者：一支笔上岸　　2天前　　回复 14　查看 902
{BODY}
!l 版主点评：立意准确，论据紧扣材料，建议结尾再升华一下。评分：32/40
!l 沙发：今年省考押中了类似的题
!a 登录后才能回复，还没有账号？立即注册
!m 申论之家论坛　|　手机版　|　联系我们
""",
        body="""
一根竹子，可以是餐桌上的一双筷子，也可以是超市里的一只购物篮。在“以竹代塑”的时代命题下，小竹子正在做出大文章。
以竹代塑，是守护绿水青山的必然选择。塑料污染已成为全球性环境问题，而竹子生长快、可降解，是替代塑料的理想材料。
以竹代塑，是推动乡村振兴的重要抓手。竹林大多分布在山区，发展竹产业能让山区群众守着青山致富。
以竹代塑，还需打通技术和市场的堵点。要加大竹材加工技术研发，降低竹制品成本，引导消费者形成绿色消费习惯。
小竹子连着大生态，也连着大民生。让我们以竹为媒，走好绿色发展之路。
""",
    ),
    dict(
        slug="baike-tongbao-entry-example-dates-html",
        site="公文知识百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="article",
        form="html",
        source="https://baike.gongwenzhishi.example.com/item/通报",
        title="通报",
        record_title="通报_公文知识百科",
        date=None,
        notes="an encyclopaedia entry: the entry name as title, an edit toolbar, a contents box, example dates inside sentences and a 20××年×月×日 placeholder (no date), a 'last edited' stamp, references and related entries",
        page="""
<html><head><meta charset="utf-8"><title>通报_公文知识百科</title></head><body>
<div class="top">⟦m 公文知识百科⟧　⟦a 编辑词条⟧　⟦a 创建词条⟧</div>
<h1>⟦t 通报⟧</h1>
<div class="summary-tag">⟦l 公文文种　法定公文　行政公文⟧</div>
<div class="catalog">⟦l 目录　1 文种定义　2 分类　3 写作要点　4 例文⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料　[1] 党政机关公文处理工作条例⟧</div>
<div class="edit">⟦m 词条最近更新：2025-10-14　编辑次数：23次⟧</div>
<div class="rel">⟦l 相关词条：通知　通告　决定　意见⟧</div>
<div class="ft">⟦d 本词条内容由网友协作编辑，不代表本站观点⟧</div>
</body></html>
""",
        body="""
通报是适用于表彰先进、批评错误、传达重要精神和告知重要情况的公文文种。
通报按内容可分为表彰性通报、批评性通报和情况通报三类。
写作要点：一是事实要准确，时间、地点、人物、经过要核实清楚，例如写明“2024年7月8日，某乡发生一起……”；二是评析要中肯；三是要求要明确。
落款部分写发文机关名称和成文日期，成文日期用阿拉伯数字标全年、月、日，例文中常写作“20××年×月×日”。
""",
    ),
    dict(
        slug="baike-howto-toilet-subsidy-relative-time",
        site="经验宝 (invented how-to site)",
        style="百科问答",
        genre="经验",
        kind="article",
        form="text",
        source="https://jingyan.jingyanbao.example.com/article/6620f1a.html",
        title="如何申请农村户厕改造补助",
        record_title="如何申请农村户厕改造补助-经验宝",
        date=None,
        notes="a how-to page: author line with 更新于2天前 (no date), step numbers kept, a 'was this useful' row, an ad line between steps and related experiences",
        page="""
!m 经验宝 > 生活 > 三农
!t 如何申请农村户厕改造补助-经验宝
!m 作者：乡村小百科　　更新于2天前　　4,513人看了这个经验
!l 工具/原料：身份证　户口簿　银行卡
!l 方法/步骤
{BODY}
!a 经验内容仅供参考，如果您需解决具体问题，建议您详细咨询相关领域专业人士。
!a 投票(26)　有得(0)　我有疑问(3)
!l 相关经验：农村危房改造怎么申请｜农村饮水安全问题找谁
""",
        body="""
1.了解政策：先到村委会或乡镇农业综合服务中心了解当年户厕改造的补助标准和名额。
2.提出申请：农户填写户厕改造申请表，连同身份证、户口簿复印件交到村委会。
⟦a 广告：新型三格式化粪池 厂家直销 点击询价⟧
3.村级公示：村委会对申请农户名单进行公示，公示期一般为五天。
4.施工改造：按照统一技术标准施工，施工过程中保留改造前、改造中、改造后的照片。
5.验收拨付：乡镇组织验收合格后，补助资金通过“一卡通”直接发放到农户银行卡。
""",
    ),
    dict(
        slug="netdisk-pingpang-assoc-plan-docx",
        site="飞鱼云盘分享页 (invented)",
        style="网盘分享",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://pan.feiyuyun.example.com/s/1qT7xZpA",
        title="柽原县乒乓球协会2025年工作计划",
        record_title="柽原县乒乓球协会2025年工作计划.docx",
        date="2025-01-06",
        notes="a cloud-drive preview of a .docx: file header with size and share expiry, save/download buttons, a share-expiry stamp (no date), the plan's own date at the end; an ad for the drive's membership",
        page="""
!m 飞鱼云盘　|　文件分享
!t 柽原县乒乓球协会2025年工作计划.docx
!m 分享者：老杨打球　　文件大小：19.6K　　有效期：永久有效
!a 保存到我的云盘　　下载（1.2M/s 超级会员加速）
!m 分享时间：2025-01-09 13:02
{BODY}
!a 在线预览仅支持部分格式，完整排版请下载后查看
!d 请勿分享违法违规内容，飞鱼云盘将依法配合有关部门处理
""",
        body="""
2025年，县乒乓球协会将围绕全民健身，重点做好以下工作。
一、办好赛事。举办“全民健身杯”乒乓球联赛和老年人乒乓球比赛，组织队伍参加市运会乒乓球比赛。
二、发展会员。新发展会员一百名，在乡镇发展乒乓球俱乐部三个。
三、培训骨干。举办二级裁判员和社会体育指导员培训班各一期。
四、进校园活动。协会教练每周到县城三所小学开展乒乓球兴趣课。
柽原县乒乓球协会
2025年1月6日
""",
    ),
    dict(
        slug="netdisk-fishing-port-typhoon-plan-html-markers",
        site="云舟网盘预览 (invented)",
        style="网盘分享",
        genre="应急预案",
        kind="plan",
        form="html",
        source="https://www.yunzhoupan.example.net/share/preview?code=HR82kd",
        title="槭湾中心渔港防台风应急预案",
        record_title=None,
        date="2025-05-20",
        notes="a cloud-drive preview page with no record title (file name in the header): ◜N◝ markers as HTML paragraphs cutting paragraphs; save/download/report buttons, an expiry stamp, a file list sidebar",
        pages=dict(fmt="◜{n}◝", every=150, start=2),
        page="""
<html><head><meta charset="utf-8"><title>槭湾中心渔港防台风应急预案.pdf - 云舟网盘</title></head><body>
<div class="hd">⟦m 云舟网盘⟧　⟦a 登录⟧　⟦a 下载客户端⟧</div>
<div class="file">⟦t 槭湾中心渔港防台风应急预案⟧.pdf　⟦m 412 KB　|　2025-06-03 分享　|　7天后过期⟧</div>
<div class="ops">⟦a 保存到网盘　下载　举报⟧</div>
<div class="viewer">
{BODY}
</div>
<div class="side">⟦l 同一分享中的文件：渔船进港避风登记表.xlsx　港区平面图.jpg⟧</div>
<div class="ft">⟦m © 2025 云舟网盘　沪ICP备20031221号⟧</div>
</body></html>
""",
        body="""
一、编制目的
为有效应对台风灾害，保障渔港内渔船和人员安全，最大限度减少损失，制定本预案。
二、预警响应
接到台风蓝色预警后，管理站启动四级响应，通知所有在港渔船加固缆绳；接到橙色及以上预警后，启动二级以上响应，组织船上人员全部撤离上岸，港区实行封闭管理。
三、应急保障
管理站储备救生衣二百件、缆绳五十捆、沙袋一千只，应急救援队由二十名队员组成，实行二十四小时待命。
四、附则
本预案自印发之日起施行。
槭湾中心渔港管理站
2025年5月20日
""",
    ),
]
