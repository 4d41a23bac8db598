"""holdout69, part D: car washes and their water, trade and licensing. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="snapshot-carwash-water-recycling-text",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaisou-cache.example.com/?url=jsj.xuanyang.example.gov.cn/tz/2025/318.html",
        title="关于洗车场所安装循环用水设施的通知",
        record_title="关于洗车场所安装循环用水设施的通知",
        date="2025-06-16",
        notes="text-only cache with its banner; the original portal's crumbs and footer removed; 附件 kept",
        page="""
!d 快搜快照：本页为 2025-07-30 抓取的网页存档，仅供参考，内容以原网页为准。
!m 原网址：jsj.xuanyang.example.gov.cn/tz/2025/318.html
!m 铉阳县水利局 > 通知公告
!t 关于洗车场所安装循环用水设施的通知
{BODY}
!m 铉阳县水利局主办　技术维护：铉阳信息中心
""",
        body="""
城区各洗车经营单位：
为落实节约用水管理要求，城区洗车场所应于2025年9月30日前安装循环用水设施，循环水利用率不低于百分之八十。
逾期未安装的，将依法核减其用水计划。
附件：洗车场所循环用水设施验收表
铉阳县水利局
2025年6月16日
""",
    ),
    dict(
        slug="docshare-carwash-safety-checklist-html",
        site="文档港 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.wendanggang.example.com/p-330918.html",
        title="洗车店安全生产检查制度",
        record_title="洗车店安全生产检查制度【word可编辑】",
        date=None,
        notes="sharing reader; upload notice and pay prompts; a rule speaking of 打印 kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>洗车店安全生产检查制度【word可编辑】-文档港</title></head><body>
<div class="top">⟦m 文档港⟧ <input placeholder="搜一搜"> <a>⟦a VIP会员 文档随心下⟧</a></div>
<h1>{T}</h1>
<div class="info">⟦m 上传者：汽修资料员　上传时间：2024-11-11　2页⟧</div>
<div class="notice">⟦d 该资料为网友分享，仅供参考学习；如涉及侵权，请提交证明材料联系平台下架。⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩1页未读，继续阅读⟧ ⟦a 下载（5金币）⟧</div>
</body></html>
""",
        body="""
第一条　店长每日开店前检查高压清洗机、电源线路和漏电保护器，发现异常立即停用。
第二条　洗车区地面保持无油污、无积水，防止员工和顾客滑倒。
第三条　每月检查记录打印后由店长签字，保存一年。
""",
    ),
    dict(
        slug="edu-vocational-carwash-competition",
        site="锂州市教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lzedu.example.cn/zj/2025/1109.html",
        title="关于举办全市中职学校汽车美容技能竞赛的通知",
        record_title="关于举办全市中职学校汽车美容技能竞赛的通知_职成教_锂州教育",
        date="2025-11-03",
        notes="education portal; competition table; a font-size row glued after a sentence",
        page="""
!m 锂州教育信息网
!m 首页 / 职成教 / 通知
!t 关于举办全市中职学校汽车美容技能竞赛的通知_职成教_锂州教育
!m 发布者：职成教处　浏览：318
{BODY}
!l 附件下载区　|　返回栏目
!m 锂州市教育局主办　备案号：湘ICP备07220931号
""",
        body="""
各中等职业学校：
为检验汽车美容专业教学成果，市教育局定于12月上旬举办全市中职学校汽车美容技能竞赛。⟦a 字体：大 中 小⟧
项目　时间
车身精洗　12月6日上午
内饰清洁　12月6日下午
请各校于11月20日前报送参赛名单。
锂州市教育局
2025年11月3日
""",
    ),
    dict(
        slug="qa-carwash-scratch-compensation-html",
        site="帮你问 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.bangniwen.example.com/question/551092.html",
        title="洗车时车被刮花了，洗车店该赔吗？",
        record_title=None,
        date=None,
        notes="Q&A page; question as title found in h1; other answers and follow button removed; no date",
        page="""
<html><head><meta charset="utf-8"><title>洗车时车被刮花了，洗车店该赔吗？ - 帮你问</title></head><body>
<div class="hd">⟦m 帮你问⟧ <a>⟦a 我要提问⟧</a></div>
<h1>洗车时车被刮花了，洗车店该赔吗？</h1>
<div class="q">⟦m 提问于 1周前　·　浏览 2,306⟧</div>
<div class="best">⟦m 律师 贺云舟　已认证⟧
{BODY}
</div>
<div class="vote">⟦l 赞同 57　·　反对 0　·　收藏⟧</div>
<div class="more">⟦l 查看全部 6 个回答⟧</div>
</body></html>
""",
        title_in="missing",
        body="""
车辆交给洗车店后，洗车店负有妥善保管的义务。
如果能证明划痕是洗车过程中造成的，洗车店应当承担赔偿责任。
建议洗车前和车主一起绕车检查一圈并拍照留存，发生争议时可以作为证据。
""",
    ),
    dict(
        slug="collection-street-carwash-memoir",
        site="钿溪闲笔 (invented collection)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="https://tianxixianbi.example.com/wj/2/58.html",
        title="巷口的洗车铺",
        record_title="钿溪闲笔·第58篇｜巷口的洗车铺",
        date=None,
        notes="hard-wrapped memoir at 54 columns; no date; the collection's nav",
        wrap=54,
        indent="\u3000\u3000",
        page="""
!m 钿溪闲笔　第二辑
!t 钿溪闲笔·第58篇｜巷口的洗车铺
{BODY}
!l 上篇：修鞋摊　下篇：冬夜的炒栗子
!m 全集共 96 篇
""",
        body="""
巷口的洗车铺开了十几年，老板是个寡言的汉子，冬天也只穿一件雨衣。
他洗车从不着急，擦完玻璃总要蹲下来再看一遍轮毂。
前年巷子拆迁，洗车铺搬走了，那片湿漉漉的水泥地也跟着不见了。
""",
    ),
    dict(
        slug="party-carwash-industry-branch-speech",
        site="锌岭区两新党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://lxdj.xinling.example.gov.cn/jh/2025/0701.html",
        title="在汽车服务行业党支部成立大会上的讲话",
        record_title="在汽车服务行业党支部成立大会上的讲话-锌岭两新党建",
        date="2025-07-01",
        notes="Party-building site; date under the title and speaker neutral; a share bar glued after a sentence",
        page="""
!m 锌岭区两新党建网　红色引擎
!m 当前位置：首页 → 讲话精神
!t 在汽车服务行业党支部成立大会上的讲话-锌岭两新党建
区委两新工委书记　贝晓川
（2025年7月1日）
{BODY}
!m 编辑：区两新工委办公室
!l 分享：微信　微博　复制链接
""",
        body="""
同志们：
今天，全区汽车服务行业党支部正式成立，这是我区两新组织党建工作的一件喜事。
全区洗车、美容、维修企业两百余家，从业人员近三千人，党员分散、组织生活难以开展的问题长期存在。⟦l 点赞 收藏 转发⟧
希望支部把行业党员组织起来，在诚信经营、节水环保上带好头。
""",
    ),
    dict(
        slug="hospital-chemical-burn-carwash-warning-html",
        site="镡州市第二人民医院 (invented)",
        style="医院官网",
        genre="健康提示",
        kind="article",
        form="html",
        source="https://www.tzdey.example.cn/jkkp/2025/0903.html",
        title="洗车液溅入眼睛怎么办？眼科医生提醒",
        record_title="洗车液溅入眼睛怎么办？眼科医生提醒",
        date="2025-09-03",
        notes="hospital site with float consult box; the department's 咨询电话 kept beside the booking hotline",
        page="""
<html><head><meta charset="utf-8"><title>洗车液溅入眼睛怎么办？眼科医生提醒 - 镡州市第二人民医院</title></head><body>
<div class="top">⟦m 镡州市第二人民医院⟧ ⟦a 预约挂号⟧ ⟦a 智慧服务⟧</div>
<div class="nav">⟦m 首页 > 健康科普⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 作者：眼科 冉静　时间：2025-09-03　阅读：644⟧</div>
{BODY}
<div class="float">⟦w 在线问诊 医生10分钟内回复⟧</div>
<div class="ft">⟦m 预约挂号热线：0603-2213 1144⟧ ⟦d 科普内容仅供参考，不能代替面诊。⟧</div>
</body></html>
""",
        body="""
洗车液多含表面活性剂，部分含有碱性成分，溅入眼睛后会引起刺痛、流泪。
一旦溅入，应立即用大量清水冲洗至少十五分钟，冲洗时睁开眼睛转动眼球。
冲洗后仍有疼痛或视物模糊的，应尽快到医院眼科就诊。
眼科门诊咨询电话：0603-2213 1375。
""",
    ),
    dict(
        slug="local-forum-illegal-roadside-carwash",
        site="锟山论坛 (invented)",
        style="地方论坛",
        genre="投诉回复",
        kind="letter",
        form="text",
        source="https://bbs.kunshanlt.example.com/forum.php?mod=viewthread&tid=66203",
        title="关于网友反映建设路占道洗车问题的回复",
        record_title="【官方回复】关于网友反映建设路占道洗车问题的回复 - 问政锟山 - 锟山论坛",
        date="2025-05-14",
        notes="county forum's officials board; junk lines and glued; reply's 成文日期; post date accepted too",
        date_also=["2025-05-15"],
        junk=dict(lines=1, glued=1),
        page="""
!m 锟山论坛 › 问政锟山
!m 发表于 2025-5-15 08:41 | 只看楼主 | 倒序浏览
!t 【官方回复】关于网友反映建设路占道洗车问题的回复
{BODY}
!l 已回复　满意度：★★★★☆
!w 锟山论坛广告位招租 微信同号 177 3106 4421
""",
        body="""
网友“老街口”：
您反映的建设路有商户占用人行道洗车的问题，我局执法中队已于5月13日到现场核查。
经查，两家商户存在占道经营行为，执法人员已当场责令整改，并对其中一家处以罚款。
下一步我们将加强巡查，防止问题反弹。
锟山县城市管理局
2025年5月14日
""",
    ),
    dict(
        slug="download-carwash-contract-template",
        site="合同下载网 (invented)",
        style="资料下载站",
        genre="合同",
        kind="template",
        form="text",
        source="http://www.hetongxz.example.com/down/2210.html",
        title="洗车店员工劳动合同",
        record_title="洗车店员工劳动合同.doc下载",
        date=None,
        notes="download station; template placeholders kept (________, 年　月　日); no date",
        page="""
!m 合同下载网　www.hetongxz.example.com
!m 当前位置：首页 > 劳动合同 > 服务业
!t 洗车店员工劳动合同.doc下载
!m 文件大小：32KB　下载次数：1902　评分：★★★★
{BODY}
!a 【下载地址一】【下载地址二】
!d 所有合同范本仅供参考，签订前请咨询专业人士。
""",
        body="""
甲方（用人单位）：________洗车店
乙方（劳动者）：________
一、合同期限自____年__月__日起至____年__月__日止。
二、乙方从事洗车服务工作，甲方提供防滑鞋、防水服等劳动保护用品。
三、乙方月工资为________元，甲方于每月____日前支付。
甲方（签章）：　　　　乙方（签字）：
年　月　日
""",
    ),
    dict(
        slug="exam-carwash-vocational-skill-html",
        site="铂田市职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://jdzx.botian.example.gov.cn/ksgg/2025/1015.html",
        title="2025年第四季度汽车美容装潢工职业技能等级认定公告",
        record_title="2025年第四季度汽车美容装潢工职业技能等级认定公告",
        date="2025-10-15",
        notes="exam site; a sentence about 登录下载打印 the admission ticket kept; technical line removed; exam table",
        page="""
<html><head><meta charset="utf-8"><title>2025年第四季度汽车美容装潢工职业技能等级认定公告</title></head><body>
<div class="hd">⟦m 铂田市职业技能鉴定网⟧</div>
<div class="nav">⟦m 首页 | 鉴定公告 | 成绩查询 | 证书查询⟧</div>
<h2>{T}</h2>
<p class="d">⟦m 发布日期：2025-10-15　来源：市职业技能鉴定中心⟧ ⟦a 【打印】⟧</p>
{BODY}
<div class="ft">⟦m 网站运维电话：0602-7100 8800⟧　⟦m 市职业技能鉴定中心 版权所有⟧</div>
</body></html>
""",
        body="""
一、认定等级：五级、四级。
二、认定安排
科目　时间
理论知识　11月8日9:00-10:30
操作技能　11月9日8:30起
三、考生请于11月5日起登录本网站下载并打印准考证。
四、咨询电话：0602-7100 3321。
""",
    ),
    dict(
        slug="lawfirm-carwash-membership-refund",
        site="钤城正言律师事务所 (invented)",
        style="律所网站",
        genre="法律解读",
        kind="article",
        form="text",
        source="https://www.zhengyanlaw.example.cn/fzjt/2025/088.html",
        title="洗车店关门了，预付卡余额怎么退？",
        record_title="法治讲堂丨洗车店关门了，预付卡余额怎么退？",
        date="2025-03-15",
        notes="law firm; a numbered list; consult QR and hotline removed; byline date",
        page="""
!m 正言律所　专业 · 诚信 · 高效
!m 首页 > 法治讲堂
!t 法治讲堂丨洗车店关门了，预付卡余额怎么退？
!m 2025年3月15日　正言律师团队
{BODY}
!w 遇到预付卡纠纷？扫码预约律师一对一咨询
!m 律所总机：0574-8931 0000
""",
        body="""
不少车主办过洗车预付卡，店铺突然关门，余额成了难题。
我们建议车主这样做：
1.保存好预付卡、充值记录和消费记录。
2.向当地市场监管部门投诉，或拨打12315反映。
3.涉及人数多、金额大的，可以向公安机关报案。
""",
    ),
    dict(
        slug="community-carwash-parking-lot-html",
        site="铎山县南苑社区 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="html",
        source="https://nanyuan.dsxsq.example.cn/gg/2025/77.html",
        title="关于小区内禁止私自洗车的温馨提示",
        record_title="关于小区内禁止私自洗车的温馨提示",
        date="2025-07-22",
        notes="residents' site; property hotline and weather widget removed; the community's 联系电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>南苑社区-温馨提示</title></head><body>
<div class="hd">⟦m 南苑社区　和谐家园⟧ <span>⟦m 晴 31℃⟧</span></div>
<div class="nav">⟦m 社区首页 > 公告栏⟧</div>
<h3>{T}</h3>
<p class="t">⟦m 发布日期：2025年7月22日⟧</p>
{BODY}
<div class="foot">⟦m 物业客服：0597-6652 8800⟧ ⟦l 返回公告栏⟧</div>
</body></html>
""",
        body="""
各位业主：
近期有业主在地下车库接水洗车，污水流入排水沟，造成车库地面湿滑、异味明显。
请大家到正规洗车场所洗车，不要在小区公共区域私自洗车。
如有意见建议，请联系社区居委会，联系电话：0597-6651 2093。
""",
    ),
    dict(
        slug="association-carwash-service-pledge",
        site="锷田县汽车服务行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.etqcfw.example.org.cn/news/2025/0415.html",
        title="诚信洗车服务倡议书",
        record_title="【行业倡议】诚信洗车服务倡议书",
        date="2025-04-15",
        notes="association site; a membership prompt between paragraphs; 成文日期",
        page="""
!m 锷田县汽车服务行业协会
!m 协会动态 >> 行业倡议
!t 【行业倡议】诚信洗车服务倡议书
{BODY}
!l 加入协会　|　会员名录　|　联系我们
""",
        body="""
全县洗车从业单位：
为维护消费者合法权益，促进行业健康发展，我们倡议：
一、明码标价，不以低价引客后强行加项收费。
⟦a 会员单位请登录后台下载倡议承诺书⟧
二、规范预付卡管理，预收款项不超过规定限额。
三、节约用水，规范排放洗车污水。
锷田县汽车服务行业协会
2025年4月15日
""",
    ),
]
