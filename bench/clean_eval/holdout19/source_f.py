"""holdout19, part F: hospitals, law firms, community sites, Q&A sites and encyclopaedias.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="hospital-xinan-html-psych-hotline-announcement",
        site="荇洲市精神卫生中心 (invented)",
        style="医院官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xzmhc.example.cn/yygg/2025/1010/406.html",
        title="关于开通24小时心理援助热线的公告",
        date="2025-10-10",
        notes="hospital template: appointment bar with the hospital's booking phone, nav, byline 发布时间, a 'care' banner; the announcement's own hotline, e-mail and 扫码 sentence stay; a 'world mental health day' hashtag row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开通24小时心理援助热线的公告-荇洲市精神卫生中心</title></head><body>
<div class="yy">⟦a 预约挂号⟧ ⟦a 检查报告查询⟧ ⟦m 预约电话：0580-2265120⟧</div>
<div class="hd">⟦m 荇洲市精神卫生中心⟧ ⟦m 荇洲市第七人民医院⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家团队　就医指南　心理科普　党建园地⟧</div>
<div class="wz">⟦m 当前位置：首页 &gt; 医院公告⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="fb">⟦m 发布时间：2025-10-10 08:30　来源：医务科　访问量：1,362⟧</div>
<div class="nr">
{BODY}
</div>
<div class="tags">⟦l #世界精神卫生日　#心理健康　#心理援助⟧</div>
</div>
<div class="care">⟦a 关爱模式　｜　语音朗读⟧</div>
<div class="ft">⟦m 荇洲市精神卫生中心　地址：荇洲市安宁路199号　浙ICP备16039022号-1⟧</div>
</body></html>
""",
        body="""
为进一步方便广大市民获得及时、专业的心理支持，预防心理危机事件发生，自2025年10月10日（世界精神卫生日）起，我中心心理援助热线由每日12小时服务调整为24小时服务。现将有关事项公告如下：
一、热线号码：0580-12356。
二、服务内容：为有需要的市民提供心理疏导、情绪支持、心理危机干预和精神卫生知识咨询，必要时协助转介至专科门诊。
三、服务团队：热线由我中心精神科医师、心理治疗师和经过系统培训的心理咨询师共28人组成，实行轮班值守。
四、其他渠道：市民也可发送邮件至xinli@xzmhc.example.cn预约心理咨询，或扫描门诊大厅的二维码进入线上心理测评。
心理健康是健康的重要组成部分。遇到烦恼时，请记得：寻求帮助不是软弱，而是勇敢。
特此公告。
荇洲市精神卫生中心
2025年10月10日
""",
    ),
    dict(
        slug="hospital-anzhao-vet-notice-holiday-clinic",
        site="安爪动物医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.anzhao-vet.example.com/notice/2025-holiday.html",
        title="关于国庆中秋假期门诊及急诊安排的通知",
        record_title="【院内公告】关于国庆中秋假期门诊及急诊安排的通知",
        date="2025-09-22",
        notes="animal hospital site: decorated record title; an online-booking button and a membership-card ad; a clinic rota table; the notice's own emergency phone stays, the site's booking hotline is chrome; 成文日期",
        page="""
!m 安爪动物医院　|　专注伴侣动物医疗十二年
!a 📅 在线预约　　💳 会员储值享9折
!m 首页 > 医院动态 > 院内公告
!t 【院内公告】关于国庆中秋假期门诊及急诊安排的通知
!m 预约挂号：0756-8667730（9:00—21:00）
{BODY}
!l 宠物健康科普：秋季驱虫指南｜猫咪呕吐怎么办｜老年犬体检项目一览
!m 安爪动物医院 动物诊疗许可证号：（粤）动诊证字第0417号
""",
        body="""
各位宠主：
2025年国庆、中秋假期为10月1日至10月8日。为保障假期期间宠物就诊需求，现将门诊及急诊安排通知如下：
日期　门诊时间　急诊
10月1日—10月3日　10:00—17:00　24小时
10月4日—10月6日　9:00—18:00　24小时
10月7日—10月8日　9:00—21:00（正常）　24小时
一、假期期间，影像科、检验科正常开放；外科手术仅接诊急诊手术，择期手术请于假期后预约。
二、寄养部已满额，假期内不再接受新的寄养预约，敬请谅解。
三、夜间急诊请提前致电急诊专线0756-8667799，以便值班医生做好接诊准备。
祝您和毛孩子节日快乐！
安爪动物医院
2025年9月22日
""",
    ),
    dict(
        slug="hospital-zhifang-plan-occupational-health-qc",
        site="檀溪市职业病防治院 (invented)",
        style="医院官网",
        genre="工作计划",
        kind="plan",
        form="text",
        source="http://www.txzfy.example.cn/zkgl/2025/1215/99.html",
        title="2026年职业健康检查质量控制工作计划",
        record_title=None,
        date=None,
        notes="no record title; a year only in the title; a print stamp at the bottom is no date; decimal headings 2.1/2.2; a service-window notice and 'back to top' as chrome",
        page="""
!m 檀溪市职业病防治院 · 质控管理
{T}
!m 信息员：质控科　　访问：208
!a 〔大字版〕〔打印〕〔返回〕
{BODY}
!m 打印时间：2025/12/18 09:41
!a ⇧ 回到顶部
!d 本院体检报告查询请以窗口或官方小程序为准，网页信息仅供参考。
""",
        body="""
为进一步规范职业健康检查工作，提高检查质量，根据职业健康检查管理有关规定，结合我院实际，制定2026年职业健康检查质量控制工作计划。
1　质量目标
职业健康检查报告按时出具率≥98%；体检结论准确率≥99%；受检单位满意率≥95%。
2　主要工作
2.1　完善质控制度。修订《职业健康检查质量管理手册》，明确登记、检查、诊断、报告各环节质控要点。
2.2　加强人员培训。全年组织主检医师、听力和肺功能检查技术人员专项培训4次，考核不合格的暂停上岗。
2.3　开展内部质控。质控科每月随机抽查体检报告不少于50份，重点核查漏检项目和结论判定；每季度对检查设备进行比对校准。
2.4　参加外部质控。按要求参加省级职业健康检查质量控制考核和实验室间比对，对发现的问题限期整改。
3　保障措施
成立由分管院长任组长的质控工作小组，质控结果纳入科室绩效考核。
""",
    ),
    dict(
        slug="lawfirm-mingqian-letter-cross-border-risk",
        site="明谦律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="notice",
        form="text",
        source="https://www.mingqian-law.example.cn/insights/2025/0603.html",
        title="关于跨境电商企业海外知识产权风险的提示函",
        record_title="法律视点 ｜ 关于跨境电商企业海外知识产权风险的提示函",
        date="2025-06-03",
        notes="law firm site: decorated record title; a consultation prompt and 'not legal advice' notice as chrome; the letter's own contact lawyer, e-mail and a sentence about downloading the checklist stay; 成文日期",
        page="""
!m 明谦律师事务所　MINGQIAN LAW FIRM
!m 首页 · 专业领域 · 律师团队 · 法律视点 · 联系我们
!t 法律视点 ｜ 关于跨境电商企业海外知识产权风险的提示函
!m 作者：明谦跨境贸易与合规团队　　发布：2025.06.03
{BODY}
!d 本文仅为一般性法律信息分享，不构成对任何具体事项的法律意见。
!w 如需就具体问题获得专业意见，欢迎预约面谈：0599-7700216（工作日）
!l 相关文章：海外仓租赁合同的五个风险点｜平台封店申诉实务
""",
        body="""
致各跨境电商客户：
近期，我所陆续接到多家客户反映，其在境外电商平台的店铺因涉嫌侵犯商标权、外观设计专利权被投诉，部分店铺资金被冻结。为帮助企业防范相关风险，现提示如下：
一、上架前做好检索。新产品上架前，应对目标市场的商标、专利进行检索，避免使用与他人注册商标相同或近似的标识，避免销售与他人外观设计专利相同或近似的产品。
二、尽早布局自有知识产权。建议企业在主要销售国家和地区提前申请注册商标，对有市场价值的产品外观和技术方案及时申请专利。
三、妥善应对投诉和诉讼。收到平台投诉或境外法院传票后，应在规定期限内及时回应，切勿置之不理；必要时委托当地律师应诉。
四、规范供应链管理。与供应商签订采购合同时，应明确约定知识产权担保条款，由供应商对产品不侵权作出承诺。
我所已整理《跨境电商知识产权自查清单》，客户可登录客户服务平台下载使用。如有疑问，请联系我所合伙人冷思远律师，电子邮箱：lengsy@mingqian-law.example.cn。
明谦律师事务所
2025年6月3日
""",
    ),
    dict(
        slug="lawfirm-zhengyi-html-lecture-game-minors",
        site="正屹律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.zhengyi-lawyers.example.com/article/20250520-yx.html",
        title="在游戏行业未成年人保护合规专题讲座上的讲稿",
        date="2025-05-16",
        date_also=["2025-05-20"],
        notes="law-firm template: nav, team sidebar, byline date (posted later); the lecture's own date under the title expected; speaker line neutral; a consult float, a WeChat QR and a disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在游戏行业未成年人保护合规专题讲座上的讲稿｜正屹律师事务所</title></head><body>
<div class="top">⟦m 正屹律师事务所⟧ ⟦m 专业　务实　正直⟧ <span>⟦w 法律咨询：0512-6228 1900⟧</span></div>
<div class="nav">⟦m 首页 | 关于正屹 | 业务领域 | 专业团队 | 正屹观点 | 联系我们⟧</div>
<div class="wrap">
<div class="main">
<div class="loc">⟦m 正屹观点 &gt; 讲座讲稿⟧</div>
<h1>{T}</h1>
<p class="spk">正屹律师事务所合伙人　祝晓岚</p>
<p class="dt">（2025年5月16日）</p>
<p class="post">⟦m 发布于 2025-05-20 · 阅读 418⟧</p>
<div class="content">
{BODY}
</div>
<p class="note">⟦d 本文观点仅代表作者个人，不视为正屹律师事务所正式法律意见。⟧</p>
</div>
<div class="side"><h4>⟦l 团队成员⟧</h4><p>⟦l 祝晓岚　合伙人⟧</p><p>⟦l 申屠明　高级律师⟧</p><div class="qr">⟦a 扫码添加律师微信⟧</div></div>
</div>
<div class="foot">⟦m Copyright © 正屹律师事务所　苏ICP备20008816号⟧</div>
</body></html>
""",
        body="""
各位游戏企业的朋友：
大家下午好！今天我结合近期办理的几个案件，和大家交流游戏行业未成年人保护合规的几个重点问题。
第一，实名认证和防沉迷是底线要求。按照国家有关规定，网络游戏企业必须接入实名认证系统，严格落实未成年人游戏时段和时长限制。我们在合规审查中发现，一些企业存在游客模式可以绕过实名、同一设备频繁切换账号等漏洞，这些都是监管检查的重点。
第二，充值限额必须落实到位。对未满8周岁的用户不得提供充值服务；8周岁以上未满16周岁的，单次充值不得超过50元，每月累计不得超过200元；16周岁以上未满18周岁的，单次不得超过100元，每月累计不得超过400元。
第三，未成年人退款要依法妥善处理。对于未成年人超出其年龄、智力相适应范围的大额充值，监护人要求退款的，企业应当依法审核、及时处理，不能以“账号已使用”为由一概拒绝。
第四，内容审核要常态化。游戏内容、广告和社区中不得含有可能诱导未成年人模仿不安全行为、违反社会公德的信息。
合规不是成本，而是企业长远发展的保障。谢谢大家！
""",
    ),
    dict(
        slug="community-fuhua-notice-social-org-incubation",
        site="蔚川区社会组织孵化基地 (invented community site)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="http://fhjd.weichuan-sq.example.cn/tzgg/2025/0409/57.html",
        title="关于招募2025年第二批入驻孵化社会组织的公告",
        date="2025-04-09",
        notes="incubation base on a community site: volunteer login and a 'residents say' box as chrome; the announcement's own application e-mail, phone and attachment list; a numbered selection procedure; 成文日期",
        page="""
!m 蔚川区社会组织孵化基地　｜　社区共治　从这里出发
!a 志愿者登录　｜　组织入驻申请
!m 首页 » 通知公告
{T}
!m 2025/04/09　作者：孵化基地运营中心　已读 329
{BODY}
!l 居民心声：活动室周末能不能多开放几个小时？（已回复）
!l 近期活动：社区议事会能力建设工作坊｜公益项目路演日
!m 指导单位：蔚川区民政局　运营单位：蔚川区益行社会工作服务中心
""",
        body="""
为培育发展社区社会组织，提升基层社会治理水平，蔚川区社会组织孵化基地现面向全区招募2025年第二批入驻孵化社会组织。有关事项公告如下：
一、招募对象
（一）已在区民政局登记或在街道（镇）备案的社区社会组织；
（二）尚未登记备案，但有明确服务方向、骨干成员不少于5人的公益团队。
二、入驻支持
入驻组织可免费使用基地办公工位、会议室和活动场地，享受能力建设培训、财务托管、项目督导和资源对接等服务，孵化期一般为一年。
三、申请程序
1．提交申请：填写入驻申请表，连同组织章程、骨干成员名单、年度服务计划，发送至邮箱fhjd_wc@163.example.com；
2．资格初审：基地运营中心对申请材料进行初审；
3．评审答辩：组织评审委员会进行现场答辩，择优确定入驻名单；
4．公示入驻：入驻名单在本网站公示5个工作日后签订入驻协议。
四、申请截止时间
2025年4月30日17:00。
联系电话：0517-6658120（周一至周五9:00—17:30）。
附件：1．社会组织入驻申请表
2．年度服务计划模板
蔚川区社会组织孵化基地
2025年4月9日
""",
    ),
    dict(
        slug="community-xinglin-html-elderly-canteen-prices",
        site="桤木镇杏林社区 (invented)",
        style="社区网站",
        genre="公示",
        kind="notice",
        form="html",
        source="https://xinglin.qimu.example.gov.cn/sqgk/2025/0901/33.html",
        title="杏林社区老年助餐点服务价格公示",
        record_title=None,
        date="2025-09-01",
        notes="no record title; community-site template with a weather widget and a grid-member box; a price table; the byline's 发布时间 is the date (the notice has no date of its own); the 公示's own complaint phone stays",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区公开 - 桤木镇杏林社区</title></head><body>
<div class="hd">⟦m 桤木镇杏林社区⟧ ⟦m 邻里守望　幸福杏林⟧ <span class="wx">⟦m 今日 多云 24~31℃⟧</span></div>
<div class="nav">⟦m 社区首页　社区公开　办事指南　党建之窗　网格服务　居民议事⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="by">⟦m 发布时间：2025年09月01日　　发布者：社区居委会⟧</div>
<div class="txt">
{BODY}
</div>
<div class="pn">⟦l 上一条：9月份社区活动安排⟧　⟦l 下一条：关于开展秋季灭鼠活动的通知⟧</div>
</div>
<div class="grid"><h4>⟦l 我的网格员⟧</h4><p>⟦l 第三网格　卞秀英　点击一键呼叫⟧</p></div>
<div class="ft">⟦m 杏林社区居民委员会　技术支持：桤木镇便民服务中心⟧</div>
</body></html>
""",
        body="""
为做好社区老年助餐服务，保障老年人吃得饱、吃得好、吃得放心，经社区居民议事会讨论通过，现将杏林社区老年助餐点服务价格公示如下：
餐别　标准价（元）　80周岁以上老人（元）　特困、低保老人（元）
早餐　5　3　免费
午餐（两荤一素）　14　10　3
晚餐（一荤两素）　12　8　3
一、用餐时间：早餐7:00—8:30，午餐11:00—12:30，晚餐17:00—18:00。
二、送餐服务：行动不便的独居老人可申请送餐上门，每餐加收配送费1元。
三、优惠资格：享受优惠价格的老人须携带身份证到社区服务站办理助餐卡。
公示期为2025年9月1日至9月7日。居民如有意见建议，可向社区居委会反映，监督电话：0593-6271058。
""",
    ),
    dict(
        slug="qa-wenduoduo-marriage-registration-answer",
        site="问多多 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenduoduo.example.com/q/1928837461.html",
        title="结婚登记需要准备哪些材料？可以异地办理吗？",
        record_title=None,
        date=None,
        notes="no record title; the question is the title; an accepted answer quoting a registry's rules; '2天前' relative time and a view counter are no dates; other answers and ads as chrome",
        page="""
!m 问多多 › 生活 › 婚姻家庭
{T}
!m 提问者：星河入梦　｜　2天前　｜　浏览 1.1万
!a 我来回答　　关注问题　　邀请回答
!m ✅ 最佳答案　答主：热心网友“榕树下”（婚姻登记员）
{BODY}
!a 👍 有用（362）　👎 无用（4）　　举报
!l 其他回答（7）
!l 答主 果冻布丁：我们当时就带了身份证和户口本，半小时就办好了
!l 答主 匿名用户：现在全国大部分地方都可以跨省通办了
!l 相关问题：离婚冷静期从哪天开始算？｜补领结婚证要多久？
!d 以上回答仅代表答主个人观点，具体以当地婚姻登记机关规定为准。
""",
        body="""
您好，根据民政部门的规定，结婚登记需要男女双方共同到婚姻登记机关申请，准备以下材料：
1．本人的居民身份证原件；
2．本人的户口簿原件（“跨省通办”试点地区可以用居住证代替）；
3．本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明（在登记处现场签署）；
4．双方近期半身免冠合影照片3张（2寸红底）。
关于异地办理：以前结婚登记必须到一方常住户口所在地办理。现在婚姻登记“跨省通办”已经在全国推开，一方在经常居住地有居住证的，可以在经常居住地办理结婚登记。
建议提前在当地民政部门的公众号或网上平台预约，并电话确认一下是否需要提交其他材料。祝新婚快乐！
""",
    ),
    dict(
        slug="qa-zhidaole-html-self-study-exemption",
        site="知道了 (invented Q&A platform)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhidaole.example.cn/question/55710382/answer/1140983",
        title="自考课程免考怎么申请？需要什么材料？",
        date="2025-03-04",
        notes="Q&A page: an official account's answer; the answer's 回答于 line is the page's date; vote bar, follow button, other-answers list and an app prompt as chrome; the answer's own office phone and URL stay",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>自考课程免考怎么申请？需要什么材料？ - 知道了</title></head><body>
<div class="appbar">⟦a 打开知道了App，查看更多高赞回答⟧</div>
<div class="q">
<div class="topic">⟦l 自学考试　免考　学历提升⟧</div>
<h1>{T}</h1>
<div class="qmeta">⟦m 关注者 217 · 被浏览 48,903⟧</div>
<div class="qbtn">⟦a ＋关注此问题⟧ ⟦a 写回答⟧</div>
</div>
<div class="answer">
<div class="author">⟦m 芊原市自考办（官方账号）⟧ <span>⟦m 已认证的官方帐号⟧</span></div>
<div class="ans">
{BODY}
</div>
<div class="time">⟦m 回答于 2025-03-04 10:15 · IP 属地湖南⟧</div>
<div class="vote">⟦l ▲ 赞同 1.2 万　▼　💬 386 条评论　⇪ 分享　☆ 收藏　♡ 喜欢⟧</div>
</div>
<div class="more">⟦l 查看全部 23 个回答⟧</div>
</body></html>
""",
        body="""
谢邀。自考免考分为课程免考和专业免考两种情况，这里主要说课程免考。
一、哪些情况可以申请
已取得国家承认学历的专科及以上学历的考生，所学课程与自考课程名称相同、学分和要求相当的，可以申请免考；取得相关职业资格证书的，也可以按规定申请免考对应课程。
二、需要准备哪些材料
1．身份证原件及复印件；
2．毕业证书原件及复印件，或相关职业资格证书原件及复印件；
3．原就读学校教务部门出具并盖章的成绩单；
4．在学信网下载的学历认证报告。
三、在哪里申请
每年3月和9月，考生登录自学考试管理系统（https://zk.qyeea.example.cn）在线提交申请，再将纸质材料交到所在县（市、区）自考办审核。
具体政策各地可能有差别。芊原考生有疑问可以拨打市自考办电话0738-8116126咨询。
""",
    ),
    dict(
        slug="wiki-zhengce-html-machinery-subsidy-entry",
        site="政策百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://zcbk.example.org/item/农机购置与应用补贴/3302",
        title="农机购置与应用补贴",
        record_title="农机购置与应用补贴 - 政策百科",
        date=None,
        notes="encyclopaedia entry: decorated record title; an example purchase date inside a sentence is no date; entry info box, edit/history links, a table of contents, references and a 'help improve' box as chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>农机购置与应用补贴 - 政策百科</title></head><body>
<div class="top">⟦m 政策百科 · 读懂每一项惠民政策⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<div class="entry">
<h1>{T}</h1>
<div class="edit">⟦a ✎ 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本（14）⟧</div>
<div class="infobox">⟦m 中文名：农机购置与应用补贴　性质：中央财政惠农补贴　实施部门：农业农村部门、财政部门⟧</div>
<div class="toc">⟦l 目录　1 概述　2 补贴对象　3 补贴标准　4 办理流程⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：[1] 某省农机购置与应用补贴实施方案（示例）⟧</div>
<div class="improve">⟦a 词条内容有误？帮助我们完善⟧</div>
</div>
<div class="ft">⟦d 政策百科词条由网友协作编辑，内容仅供参考，请以政府部门发布的正式文件为准。⟧</div>
</body></html>
""",
        body="""
农机购置与应用补贴是国家为鼓励和支持农民、农业生产经营组织购置和使用先进适用农业机械而实施的一项财政补贴政策，是重要的强农惠农政策之一。
补贴对象为从事农业生产的个人和农业生产经营组织，包括农村集体经济组织、农民专业合作社、家庭农场和农业企业等。
补贴标准实行定额补贴，一般机具的中央财政资金补贴额测算比例不超过该档次产品上年平均销售价格的30%，对部分地区急需的薄弱环节机具可适当提高。同一年度内，单户享受补贴的机具数量和金额可能设有上限，具体以当地实施方案为准。
办理流程一般为：购机者自主选机购机、向当地农业农村部门提出补贴申请、部门审核并核验机具、财政部门将补贴资金兑付到购机者账户。例如，某农户于2025年5月购买一台列入补贴范围的轮式拖拉机，应在购机后按当地规定的时限内提交申请材料。
""",
    ),
    dict(
        slug="wiki-xuebabang-pledge-class-etiquette",
        site="学霸帮 (invented homework Q&A)",
        style="百科问答",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.xuebabang.example.com/question/8a71c4f3.html",
        title="班级文明礼仪倡议书",
        record_title=None,
        date=None,
        notes="no record title; a homework Q&A: the question asks for a pledge, the answer is the pledge; the answer's own signature with a ××年×月×日 placeholder (no date); '5小时前' relative time; teacher-badge, points and VIP prompts as chrome",
        page="""
!m 学霸帮 › 语文 › 应用文写作
!m 【提问】帮忙写一份班级文明礼仪倡议书，要有格式，300字以上，急！！
!m 提问者采纳　｜　5小时前
!m 答主：语文老师·阿柚　🏅认证教师
{T}
{BODY}
!a 🎁 开通学霸帮VIP，查看更多范文和老师1对1批改
!l 同类题目：写一份节约用水倡议书｜给校长写一封建议信
!m 获得 +20 学霸币　　采纳率 96%
""",
        body="""
亲爱的同学们：
文明礼仪是我们学习、生活的根基，是我们健康成长的臂膀。为了营造文明和谐的班级氛围，我们向全班同学发出如下倡议：
一、见到老师主动问好，同学之间互相尊重，不说脏话、不起绰号。
二、上课认真听讲，积极发言，不随意打断别人说话；课间文明休息，不在走廊追逐打闹。
三、爱护公共财物和班级卫生，不乱扔垃圾，看到地上的纸屑主动捡起来。
四、在食堂排队就餐，珍惜粮食，做到“光盘”。
同学们，文明礼仪从点滴做起。让我们携起手来，争做文明学生，共建文明班级！
倡议人：七年级（3）班班委会
××年×月×日
""",
    ),
]
