"""holdout70, part E: koi breeders (锦鲤) and Chinese-knot (中国结) workshops. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="tender-jinli-pond-html",
        site="桤川县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://zfcg.qichuan.gov.cn/cggg/2025/0703/66021.html",
        title="桤川县滨河公园锦鲤池改造工程招标公告",
        record_title="桤川县滨河公园锦鲤池改造工程招标公告_招标公告_桤川县政府采购网",
        date="2025-07-03",
        notes="tender page; buyer and agency contacts kept; lot table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>桤川县滨河公园锦鲤池改造工程招标公告_招标公告_桤川县政府采购网</title></head><body>
<div class="hd">⟦m 桤川县政府采购网⟧</div>
<div class="nav">⟦m 采购公告⟧ ⟦m 结果公告⟧ ⟦m 更正公告⟧ ⟦m 下载专区⟧</div>
<h2>{T}</h2>
<div class="m">⟦m 发布时间：2025-07-03 10:00　浏览：211⟧</div>
{BODY}
<div>⟦a 【我要投标】⟧ ⟦a 【获取文件】⟧</div>
<div class="ft">⟦w 平台服务热线：400-996-0707⟧ ⟦m 桤川县财政局主办⟧</div>
</body></html>
""",
        body="""
一、项目编号：QCZC2025-118
二、预算金额：46.8万元
三、采购内容：锦鲤池清淤、防渗、循环过滤系统安装。
四、投标截止时间：2025年7月24日9时30分。
采购人：桦口县滨河公园管理所　联系人：莫工　电话：0795-7368012
采购代理机构：桤川正衡项目管理有限公司　电话：0795-7369900
""",
    ),
    dict(
        slug="lawfirm-jinli-dispute-html",
        site="楮溪衡平律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.com/case/2025/0412.html",
        title="邻居家施工致锦鲤死亡，损失谁来赔？",
        record_title="法律讲堂丨邻居家施工致锦鲤死亡，损失谁来赔？",
        date="2025-04-12",
        notes="law-firm page; consult QR prompt; disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲堂丨邻居家施工致锦鲤死亡，损失谁来赔？</title></head><body>
<div class="hd">⟦m 衡平律师事务所⟧ ⟦m 专业 · 诚信 · 高效⟧</div>
<div class="nav">⟦m 律所介绍⟧ ⟦m 专业团队⟧ ⟦m 法律讲堂⟧ ⟦m 联系我们⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 2025-04-12　｜　民商事部　贺晴律师⟧</div>
{BODY}
<div class="qr">⟦w 扫描二维码，添加律师微信免费咨询⟧</div>
<div class="d">⟦d 以上内容仅供参考，具体问题请咨询专业律师⟧</div>
</body></html>
""",
        body="""
王先生在自家院内养了二十余尾锦鲤。邻居装修时将水泥浆水排入院内水池，导致锦鲤大面积死亡。
法院认为，邻居未尽合理注意义务，应承担赔偿责任，结合购买凭证和市场价格，判决赔偿损失一万二千元。
提醒大家：施工前应做好防护措施，养殖者也要保留购买凭证等证据。
""",
    ),
    dict(
        slug="community-zhongguojie-notice-html",
        site="椴湖街道新荷社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://xinhe.duanhu.org.cn/news/2025/0120/77.html",
        title="新荷社区迎新春中国结编织活动通知",
        record_title="新荷社区迎新春中国结编织活动通知",
        record_date="2025-01-20",
        date="2025-01-20",
        notes="residents' site; weather widget; 联系人 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>新荷社区</title></head><body>
<div class="top">⟦m 新荷社区服务平台⟧ ⟦m 晴 -2～7℃⟧</div>
<div class="nav">⟦m 社区首页⟧ ⟦m 通知公告⟧ ⟦m 便民服务⟧ ⟦m 居民议事⟧</div>
<h2>{T}</h2>
{BODY}
<div class="share">⟦l 转发给邻居⟧ ⟦a 收藏本页⟧</div>
<div class="ft">⟦m 新荷社区居委会　值班电话：0731-2209110⟧</div>
</body></html>
""",
        body="""
各位居民：
社区定于1月25日下午2点在居民活动室举办中国结编织活动，材料由社区提供，编好的作品可带回家。
联系人：邓阿姨　电话：13807312256
新荷社区居委会
2025年1月20日
""",
    ),
    dict(
        slug="association-jinli-pledge-text",
        site="枳山市观赏鱼协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zsgsy.org/xhgg/2025/0305/91.html",
        title="关于科学放生、拒绝弃养锦鲤的倡议书",
        record_title="【协会倡议】关于科学放生、拒绝弃养锦鲤的倡议书",
        date="2025-03-05",
        notes="association; 倡议 list; member chrome",
        page="""
!m 枳山市观赏鱼协会
!a 会员登录　|　申请入会
!m 首页 > 协会公告
!t 【协会倡议】关于科学放生、拒绝弃养锦鲤的倡议书
!m 2025-03-05　协会秘书处
{BODY}
!l 分享至：朋友圈　微博
!m 协会地址：枳山市花鸟市场B区2楼　备案号：湘ICP备22001318号
""",
        body="""
广大观赏鱼爱好者：
近年来，部分市民将锦鲤随意投放到河湖中，既难以存活，也可能影响本地水生生态。为此，我们倡议：
1. 不向自然水域随意放生观赏鱼；
2. 不再饲养时，可联系协会免费转送；
3. 购买前充分了解饲养条件，理性养鱼。
枳山市观赏鱼协会
2025年3月5日
""",
    ),
    dict(
        slug="company-zhongguojie-factory-html",
        site="榧城吉祥工艺品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.fcjixiang.com/news/notice/2025-02.html",
        title="关于春节后复工及订单交付安排的公告",
        record_title="关于春节后复工及订单交付安排的公告-吉祥工艺",
        date="2025-02-03",
        notes="company page; product links; customer line kept in body vs sales hotline chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于春节后复工及订单交付安排的公告-吉祥工艺</title></head><body>
<div class="hd">⟦m 吉祥工艺 · 中国结专业制造⟧ ⟦w 销售热线：400-655-8866⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 产品展示⟧ ⟦m 定制服务⟧ ⟦m 新闻公告⟧</div>
<h2>{T}</h2>
<div class="m">⟦m 发布时间：2025-02-03⟧</div>
{BODY}
<div class="rel">⟦l 热销产品：大红福字结 · 车挂平安结 · 婚庆双喜结⟧</div>
<div class="ft">⟦d Copyright©2025 榧城吉祥工艺品有限公司⟧</div>
</body></html>
""",
        body="""
尊敬的客户：
我公司于2月5日（正月初八）正式复工。春节前确认的订单，将于2月20日前全部发出。
如需查询订单进度，请联系客服部：0739-2286510。
榧城吉祥工艺品有限公司
2025年2月3日
""",
    ),
    dict(
        slug="training-zhongguojie-class-text",
        site="巧结手工坊 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="https://www.qiaojie-diy.cn/kc/2025-spring.html",
        title="春季中国结编织成人班招生简章",
        record_title="春季中国结编织成人班招生简章",
        date=None,
        notes="training school; schedule table; 报名电话 beside 400 line",
        page="""
!m 巧结手工坊 · 指尖上的传统
!w 预约试听：400-012-3366
{T}
{BODY}
!a 在线报名　　领取体验课
!d 本坊保留对课程安排的最终解释权
""",
        body="""
课程共8节，每节2小时，学习平结、双钱结、盘长结等十种基本结法。
节次　内容
1-2　基本结法
3-6　组合结
7-8　作品创作
报名电话：0738-7712209
""",
    ),
    dict(
        slug="app-jinli-plan-html",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="html",
        source="https://m.xiezuomao.cn/h5/doc/392001",
        title="乡村锦鲤养殖示范基地建设方案",
        record_title="乡村锦鲤养殖示范基地建设方案｜写作猫",
        date=None,
        notes="H5 app page; open-app chrome; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>乡村锦鲤养殖示范基地建设方案｜写作猫</title></head><body>
<div class="bar">⟦a 打开写作猫APP，一键生成同类方案⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 已有2,417人使用此范文⟧</div>
{BODY}
<div class="lock">⟦a 登录后查看完整内容⟧</div>
<div class="tab">⟦m 首页⟧ ⟦m 范文⟧ ⟦m 我的⟧</div>
</body></html>
""",
        body="""
一、建设目标：利用村集体闲置鱼塘30亩，建设锦鲤养殖示范基地，带动20户农户增收。
二、建设内容：改造标准化鱼池，建设育苗棚和水质监测设施。
三、运营方式：村集体、合作社、农户按四、三、三比例入股。
""",
    ),
    dict(
        slug="gkforum-zhongguojie-interview-text",
        site="公考之家论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="text",
        source="http://bbs.gkzj365.com/thread-31027-1-1.html",
        title="社区组织中国结编织活动，如何吸引年轻人参加？",
        record_title="[面试真题] 社区组织中国结编织活动，如何吸引年轻人参加？（附答题思路）",
        date=None,
        notes="exam forum; junk; relative time",
        page="""
!m 公考之家 › 面试交流 › 真题解析
!t [面试真题] 社区组织中国结编织活动，如何吸引年轻人参加？（附答题思路）
!m 发表于 3 天前　|　查看 1452　|　回复 9
{BODY}
!l 回复：思路很清晰，谢谢分享
!a 登录后才可以回复
""",
        junk=dict(lines=1, glued=1),
        body="""
第一，创新内容。把中国结和手机挂件、汽车挂饰结合起来，让作品更实用、更时尚。
第二，创新宣传。通过短视频发布编织过程，吸引年轻人关注。
第三，创新时间。把活动安排在周末晚上，方便上班族参加。
""",
    ),
    dict(
        slug="baike-jinli-qa-text",
        site="百事通问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baishitong-wd.com/q/550917.html",
        title="锦鲤冬天需要加温吗？",
        record_title=None,
        date=None,
        notes="Q&A as encyclopaedia; example temperatures; no date",
        page="""
!m 百事通问答 > 生活 > 宠物
{T}
!m 2位网友回答　|　最新回答：1小时前
{BODY}
!l 相关知识：锦鲤冬季喂食量｜室外鱼池如何防冻
!d 以上内容由网友提供，仅供参考
""",
        body="""
一般不需要。锦鲤耐寒，水温在2℃以上都能安全越冬。
冬季要减少喂食，水温低于10℃时基本停喂，同时保证水深在一米以上。
如果是室内小鱼缸，加温到18℃左右可以继续观赏和喂食。
""",
    ),
    dict(
        slug="netdisk-zhongguojie-report-html",
        site="易存云盘 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://yun.yicun.cn/share/zgjdiaoyan2025",
        title="樟口县中国结产业发展情况调研报告",
        record_title="樟口县中国结产业发展情况调研报告.docx",
        date="2025-05-18",
        notes="file-name title; cloud-drive preview; share time not a date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>樟口县中国结产业发展情况调研报告.docx - 易存云盘</title></head><body>
<div class="hd">⟦m 易存云盘⟧ ⟦a 登录⟧</div>
<div class="file">⟦m 分享时间：2025-06-02　过期时间：7天后⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 下载⟧ ⟦a 举报⟧</div>
<h2>{T}</h2>
{BODY}
<div class="end">⟦a 在线预览仅支持前2页⟧</div>
</body></html>
""",
        body="""
我县中国结产业起步于上世纪九十年代，目前有生产企业32家、家庭加工户1100余户，年销售额约4.5亿元。
存在的主要问题是产品同质化严重、设计能力弱、电商人才缺乏。
建议设立中国结设计中心，开展电商培训，打造区域公共品牌。
樟口县工业和信息化局
2025年5月18日
""",
    ),
    dict(
        slug="snapshot-jinli-news-html",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://kz.kuaisou.cn/snap?u=news.zhishan.cn/2025/0415/3021.html",
        title="枳山锦鲤首次出口东南亚",
        record_title="枳山锦鲤首次出口东南亚",
        date="2025-04-15",
        notes="snapshot frame; saved-time not a date; byline time is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>枳山锦鲤首次出口东南亚</title></head><body>
<div class="snap">⟦m 快搜快照：本页为 news.zhishan.cn 的存档，保存于 2025-04-19 05:33⟧ ⟦a 查看原网页⟧</div>
<div class="orig">⟦m 枳山新闻网⟧ ⟦m 首页 > 经济⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 2025年04月15日 09:10　来源：枳山新闻网⟧</div>
{BODY}
<div class="ft">⟦m 枳山新闻网 版权所有⟧</div>
</body></html>
""",
        body="""
4月14日，一批3000尾枳山锦鲤在县海关完成检疫，装车发往东南亚，这是我县锦鲤首次出口。
县农业农村局介绍，全县锦鲤养殖面积已达4200亩，年产值1.6亿元。
""",
    ),
    dict(
        slug="print-zhongguojie-minutes-text",
        site="杞川县妇联 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.qcfl.org.cn/print.asp?id=230",
        title="巾帼手工坊中国结项目推进会纪要",
        record_title="〔打印稿〕巾帼手工坊中国结项目推进会纪要",
        date="2025-03-12",
        notes="print view with footer; minutes lines kept",
        page="""
!m 杞川县妇女联合会
{T}
!m 打印日期：2025-07-20
{BODY}
!p 第1页 共1页
!a [关闭本页]
""",
        body="""
时间：2025年3月11日
地点：县妇联会议室
主持：县妇联副主席 屈芳
会议确定，巾帼手工坊今年培训中国结编织妇女200人，组织订单加工，力争人均月增收1000元。
记录：尹秋
杞川县妇联办公室
2025年3月12日
""",
    ),
    dict(
        slug="mail-jinli-reply-chain",
        site="水产站邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:sczx@zhezhou-sc.cn#2025-05-09",
        title="关于协助开展锦鲤疫病监测的函",
        record_title="回复：Re: 关于协助开展锦鲤疫病监测的函",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="reply chain; 抄送 header chrome vs document's own 抄送 kept",
        page="""
!m 发件人：柘水县水产技术推广站
!m 收件人：各锦鲤养殖合作社
!m 抄送：县农业农村局渔业股
!m 时间：2025-05-09 16:44
!m 主题：回复：Re: 关于协助开展锦鲤疫病监测的函
!m > 已收到，请按附件要求执行。
{T}
{BODY}
!d 本邮件含保密信息，误收请删除并告知发件人
""",
        body="""
各锦鲤养殖合作社：
为防控锦鲤疱疹病毒病，我站将于5月中旬开展春季疫病监测，请各合作社配合采样，每场提供样品不少于30尾。
联系人：童工　电话：0796-3318065
柘水县水产技术推广站
2025年5月8日
抄送：县农业农村局
""",
    ),
]
