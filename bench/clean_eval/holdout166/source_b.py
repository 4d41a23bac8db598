"""holdout166, part B: coat hangers and clothes pegs (衣架、晾衣夹) — a hanger-making town's
Party branch, a hospital laundry, a university drying-rack rule, a forum row about balcony
racks, a recycling tender and others. Written by hand; all names invented."""

CASES = [
    dict(
        slug="party-yangtang-hanger-branch-speech",
        site="柘湾镇党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.zhewan.example.gov.cn/zbfc/2025/0701/118.html",
        title="在衣架产业链党建联盟成立大会上的讲话",
        record_title="【支部风采】在衣架产业链党建联盟成立大会上的讲话_柘湾镇党建网",
        date="2025-07-01",
        notes="Party-building portal with study-points line; speaker and date under the title neutral (date in Chinese numerals); share bar and column list",
        page="""
<html><head><meta charset="utf-8"><title>【支部风采】在衣架产业链党建联盟成立大会上的讲话_柘湾镇党建网</title></head><body>
<div class="banner">⟦m 柘湾镇党建网　不忘初心 牢记使命⟧</div>
<div class="nav">⟦m 首页 | 党建动态 | 支部风采 | 学习园地 | 党务公开⟧</div>
<div class="pos">⟦m 您的位置：首页 - 支部风采⟧</div>
<h2>⟦t 在衣架产业链党建联盟成立大会上的讲话⟧</h2>
<p>柘湾镇党委书记　钱蔚</p>
<p>（二〇二五年七月一日）</p>
<div class="score">⟦a 学习本文可获积分 2 分，阅读满 3 分钟自动计入⟧</div>
{BODY}
<div class="share">⟦l 转发到：朋友圈 | 微博 | 复制链接⟧</div>
<div class="side"><h4>⟦l 支部风采⟧</h4><p>⟦l 竹编合作社党支部开展主题党日⟧</p><p>⟦l 物流园党支部“红色驿站”揭牌⟧</p></div>
<div class="foot">⟦m 中共柘湾镇委员会主办　联系电话：0578-6613000⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里召开衣架产业链党建联盟成立大会，把全镇衣架企业、原料供应商、物流企业的党组织联结在一起。
柘湾做衣架已有四十年，全镇衣架企业二百一十家，年产塑料、木质、金属衣架十五亿只。
成立党建联盟，就是要发挥党组织的战斗堡垒作用，推动企业抱团闯市场、联合搞研发。
联盟成立后，要重点做好三件事：共建原料集中采购平台，共享模具和检测设备，共育产业技术工人。
希望各成员单位党组织把联盟的事当作自己的事，让党建红成为产业发展的最亮底色。
""",
    ),
    dict(
        slug="hospital-laundry-hanger-infection-rule",
        site="樟屿市第二人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.zysey.example.com/hlb/2025/0415/8812.html",
        title="洗衣中心衣架及晾衣夹清洁消毒管理规定",
        record_title="【院感科】洗衣中心衣架及晾衣夹清洁消毒管理规定-樟屿市第二人民医院",
        date="2025-04-15",
        notes="hospital site with a booking float and 24-hour line; the department's own 联系电话 kept in the body; decimal headings 1.1/2.1",
        page="""
<html><head><meta charset="utf-8"><title>【院感科】洗衣中心衣架及晾衣夹清洁消毒管理规定-樟屿市第二人民医院</title></head><body>
<div class="top">⟦m 樟屿市第二人民医院　三级甲等综合医院⟧ ⟦m 24小时服务热线：0597-8800120⟧</div>
<div class="nav">⟦m 医院概况 | 就医指南 | 科室导航 | 护理园地 | 院务公开⟧</div>
<div class="crumb">⟦m 首页 > 护理园地 > 院感管理⟧</div>
<h1>⟦t 洗衣中心衣架及晾衣夹清洁消毒管理规定⟧</h1>
<div class="info">⟦m 发布日期：2025-04-15　点击：219⟧</div>
{BODY}
<div class="float">⟦a 预约挂号⟧ ⟦a 在线咨询⟧ ⟦a 返回顶部⟧</div>
<div class="foot">⟦d 版权所有 © 樟屿市第二人民医院⟧ ⟦m 闽ICP备19022817号⟧</div>
</body></html>
""",
        body="""
1 总则
1.1 为防止医用织物在晾挂、周转过程中发生交叉污染，制定本规定。
1.2 本规定适用于洗衣中心及各病区使用的衣架、晾衣夹。
2 清洁消毒要求
2.1 感染性织物专用衣架应有明显黄色标识，不得与清洁织物衣架混用。
2.2 衣架、晾衣夹每日使用后用含有效氯500mg/L的消毒液浸泡30分钟，清水冲净后晾干备用。
2.3 出现断裂、锈蚀的衣架应及时报废，不得修补后继续使用。
3 附则
本规定由医院感染管理科负责解释，联系电话：0597-8801364。
""",
    ),
    dict(
        slug="university-dorm-drying-rack-notice-wrap",
        site="榆坪学院学生工作部 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xgb.yuping.example.edu.cn/info/1031/6620.htm",
        title="关于规范学生公寓阳台晾晒的通知",
        record_title="关于规范学生公寓阳台晾晒的通知-学生工作部",
        date="2025-03-05",
        wrap=62,
        indent="　　",
        notes="university sub-site; body hard-wrapped at 62 columns with indent; 成文日期 under the signature",
        page="""
!m 榆坪学院学生工作部（处）
!m 首页　通知公告　学生资助　心理健康　公寓管理
!m 当前位置： 首页 >> 通知公告 >> 正文
{T}
!m 作者：公寓管理中心　　来源：学生工作部　　点击数：1436　　更新时间：2025-03-05
{BODY}
!l 【关闭】　【打印】
!m 地址：榆坪市学府大道99号　邮编：473061
""",
        body="""
各学院、各学生公寓：
近期，部分宿舍在阳台护栏外侧用衣架、晾衣夹晾挂衣物、被褥，遇大风时衣架坠落，存在砸伤行人的安全隐患。
为保障师生安全，现就有关事项通知如下：一、严禁在阳台护栏外侧晾挂任何物品；二、晾衣杆上的衣架须使用防风晾衣夹固定；三、各公寓楼每周开展一次安全检查，对违规晾晒的宿舍予以通报。
请各学院辅导员及时传达到每一名学生。
学生工作部
2025年3月5日
""",
    ),
    dict(
        slug="localforum-balcony-rack-dispute-floors",
        site="桤城生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.qichenglife.example.com/thread-88120-1-1.html",
        title="楼上晾衣服滴水滴到我家衣架上，怎么沟通比较好？",
        record_title="楼上晾衣服滴水滴到我家衣架上，怎么沟通比较好？ - 邻里话题 - 桤城生活网",
        date=None,
        junk=dict(lines=1, glued=1),
        notes="county forum: a post with relative time (昨天 21:14) — no date; floors with replies as chrome list; forum junk",
        page="""
!m 桤城生活网 › 城事论坛 › 邻里话题
!t 楼上晾衣服滴水滴到我家衣架上，怎么沟通比较好？
!m 楼主：小区南门的猫　　发表于 昨天 21:14　　查看: 2310 | 回复: 47
{BODY}
!l 沙发　老桤城人：直接敲门说，一般人都会不好意思的。
!l 板凳　阿杏：找物业出面，别自己吵。
!a 还没有账号？注册后可参与讨论
!m 桤城生活网 ｜ 客服QQ群 66183021
""",
        body="""
我住三楼，楼上四楼的邻居每次洗完衣服不甩干就直接挂在阳台外面的晾衣架上。
水一直往下滴，正好滴在我家伸出去的衣架上，刚晾干的衣服又被滴湿了，有几次还滴到了被子上。
上个月我写了张纸条贴在他们门上，客客气气地请他们晾衣服前多甩一下，结果一点变化都没有。
想请教一下各位，这种情况是直接上门沟通，还是请物业或者社区出面比较好？
""",
    ),
    dict(
        slug="download-asp-hanger-mould-manual",
        site="五金模具下载站 (invented)",
        style="资料下载站",
        genre="技术资料",
        kind="other",
        form="html",
        source="http://www.wjmjxz.example.com/soft/2205.html",
        title="塑料衣架注塑模具保养作业指导书",
        record_title="塑料衣架注塑模具保养作业指导书 免费下载",
        date=None,
        notes="old ASP download station: file-info table, three mirror links, unzip password and a dead-link report; a numbered list; no date (update stamp is not a date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>塑料衣架注塑模具保养作业指导书 免费下载</title></head><body>
<table width="980"><tr><td>⟦m 五金模具下载站 www.wjmjxz.example.com⟧</td><td>⟦a 设为首页 加入收藏⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 模具资料 | 注塑工艺 | 冲压工艺 | 软件下载⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 塑料衣架注塑模具保养作业指导书⟧</td></tr>
<tr><td>⟦m 资料大小：126 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-01-19 10:22:41⟧</td><td>⟦m 下载次数：773⟧</td></tr>
</table>
<div class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<table width="980"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr></table>
<p>⟦a 解压密码：www.wjmjxz.example.com⟧</p>
<p>⟦a 下载地址失效？点此报错⟧</p>
<p>⟦d 本站资料均来自网络收集，仅供学习研究，请于下载后24小时内删除⟧</p>
</body></html>
""",
        body="""
本指导书适用于单腔、双腔塑料衣架注塑模具的日常保养和定期保养。
1.每班开机前，检查模具冷却水路是否畅通，有无漏水。
2.每生产八小时，清理分型面及排气槽的残料，在导柱、导套处加注润滑脂。
3.模具下机后，型腔表面喷涂防锈剂，用塑料膜包裹后放入模具架。
4.每生产十万模次，由模具工拆模检查顶针、滑块磨损情况，并填写保养记录。
""",
    ),
    dict(
        slug="personnel-exam-laundry-worker-results",
        site="槭岭市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qlrsks.example.gov.cn/kwgg/2025/0520/1203.html",
        title="槭岭市社会福利院2025年公开招聘洗衣工等岗位面试公告",
        record_title="【考务公告】槭岭市社会福利院2025年公开招聘洗衣工等岗位面试公告",
        date="2025-05-20",
        notes="personnel-exam site: technical line vs. the employer's own 咨询电话 (kept); an interview timetable; sentences telling candidates to 下载/打印 the notice (kept)",
        page="""
!m 槭岭市人事考试网
!m 首页｜考试公告｜报名入口｜成绩查询｜政策法规
{T}
!m 发布日期：2025-05-20　　来源：市人力资源和社会保障局
{BODY}
!w 网上报名系统技术咨询：0719-3321109（工作日 9:00-17:00）
!l 上一条：槭岭市2025年事业单位公开招聘笔试成绩公告
!m Copyright © 槭岭市人事考试中心　鄂ICP备17009318号
""",
        body="""
根据《槭岭市社会福利院2025年公开招聘工作人员公告》，现将面试有关事项公告如下。
一、面试时间和地点
岗位　面试时间　地点
洗衣工　5月28日上午　福利院综合楼二楼
护理员　5月28日下午　福利院综合楼二楼
二、面试方式
洗衣工岗位采取实际操作方式，内容为衣物分拣、熨烫及衣架晾挂，满分100分。
三、有关要求
请考生于5月25日后登录本网站下载并打印面试通知书，面试当天凭通知书和身份证进入考场。
咨询电话：0719-3356012（福利院人事科）
槭岭市社会福利院
2025年5月20日
""",
    ),
    dict(
        slug="tender-hanger-recycling-bid-result",
        site="樟屿市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhangyu.example.gov.cn/jyxx/zbgs/20250611/33018.html",
        title="樟屿市酒店业废旧衣架回收利用服务项目中标结果公告",
        record_title="樟屿市酒店业废旧衣架回收利用服务项目中标结果公告",
        date="2025-06-11",
        record_date="2025-06-11",
        notes="tender platform: countdown box, CA hotline vs. purchaser and agency contacts (kept), a bid-result table",
        page="""
<html><head><meta charset="utf-8"><title>樟屿市酒店业废旧衣架回收利用服务项目中标结果公告</title></head><body>
<div class="top">⟦m 樟屿市公共资源交易平台⟧ ⟦a 主体登录 | 注册⟧</div>
<div class="nav">⟦m 首页 交易信息 服务指南 政策法规 专家管理⟧</div>
<div class="crumb">⟦m 交易信息 > 政府采购 > 中标公告⟧</div>
<h1>⟦t 樟屿市酒店业废旧衣架回收利用服务项目中标结果公告⟧</h1>
<div class="meta">⟦m 【信息时间：2025-06-11】【阅读次数：164】⟧</div>
{BODY}
<div class="side">⟦m CA证书办理及驱动问题请拨打：400-855-3019⟧</div>
<div class="foot">⟦d 本平台所有信息仅供参考，以纸质文件为准⟧</div>
</body></html>
""",
        body="""
一、项目编号：ZYCG-2025-0417
二、项目名称：樟屿市酒店业废旧衣架回收利用服务项目
三、中标信息
供应商名称　中标金额（元）　服务期
樟屿绿环再生资源有限公司　186000　一年
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：樟屿市文化广电和旅游局，联系人：贝女士，电话：0597-8120335。
代理机构：樟屿正诚招标代理有限公司，联系人：施工，电话：0597-8179521。
""",
    ),
    dict(
        slug="lawfirm-hanger-patent-dispute-lecture",
        site="桤城信衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="html",
        source="https://www.xinhenglaw.example.com/view/560.html",
        title="一只防滑衣架引发的专利纠纷：外观设计维权要点",
        record_title="律所说法丨一只防滑衣架引发的专利纠纷：外观设计维权要点",
        date="2025-02-18",
        notes="law firm: consult card, lawyer profile box, not-legal-advice notice; 发布时间 is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>律所说法丨一只防滑衣架引发的专利纠纷：外观设计维权要点</title></head><body>
<div class="hd">⟦m 信衡律师事务所 · 专注知识产权与商事争议⟧</div>
<div class="nav">⟦m 首页 律所简介 专业领域 律师团队 律所说法 联系我们⟧</div>
<h1>⟦t 一只防滑衣架引发的专利纠纷：外观设计维权要点⟧</h1>
<div class="meta">⟦m 发布时间：2025-02-18　作者：甘立言 律师⟧</div>
{BODY}
<div class="card">⟦w 遇到专利侵权问题？信衡律师在线解答 热线 0735-2296600⟧</div>
<div class="tip">⟦d 本文仅为普法交流，不构成对具体案件的法律意见⟧</div>
<div class="foot">⟦m © 信衡律师事务所　湘ICP备2021004417号⟧</div>
</body></html>
""",
        body="""
去年，我所代理了一起衣架外观设计专利侵权纠纷。
委托人是一家衣架企业，其设计的植绒防滑衣架申请了外观设计专利，上市半年后，市场上出现了大量外形几乎相同的仿冒品。
我们在诉前做了三件事：一是通过公证购买固定侵权证据，二是委托专利检索机构出具评价报告，三是统计仿冒品的销售数据。
法院最终认定被告构成侵权，判令其停止生产销售并赔偿经济损失二十六万元。
提醒企业：新产品上市前应及时申请专利，发现侵权后不要急于私下交涉，先固定证据再维权。
""",
    ),
    dict(
        slug="community-peg-donation-initiative-oneline",
        site="椿里社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.chunli-sq.example.com/news/2025-05-30-41.html",
        title="闲置衣架晾衣夹“换一换”倡议书",
        record_title="【社区公告】闲置衣架晾衣夹“换一换”倡议书",
        date="2025-05-30",
        oneline=True,
        indent="　　",
        notes="residents' site: the whole body on one line; grid worker box; community duty phone in the body kept beside a property hotline",
        page="""
!m 椿里社区网 — 家门口的便民服务
!m 首页 / 社区公告 / 正文
{T}
!m 发布：椿里社区居委会　2025-05-30　浏览 388
{BODY}
!w 网格员小邱：有事您说话，微信 chunli_wg07
!m 物业24小时报修：0577-8690011
!l 上一篇：端午节社区包粽子活动报名
""",
        body="""
亲爱的居民朋友们：
家家户户搬家、换季时，总会多出一些闲置的衣架、晾衣夹，扔了可惜，放着占地方。
为此，社区定于6月7日上午9时至11时在社区广场举办“换一换”活动，居民可用闲置衣架、晾衣夹兑换肥皂、洗衣液等生活用品。
收集到的衣架将经过清洗后送往辖区养老院和小学宿舍使用。
社区值班电话：0577-8632150。
椿里社区居民委员会
2025年5月30日
""",
    ),
    dict(
        slug="association-hanger-industry-pledge",
        site="柘湾衣架行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.zwyjxh.example.org.cn/xhdt/2025/0316/77.html",
        title="关于抵制劣质再生料衣架的行业自律倡议",
        record_title="[行业倡议] 关于抵制劣质再生料衣架的行业自律倡议 - 柘湾衣架行业协会",
        date="2025-03-16",
        notes="association: member-login line, a between-paragraph ad for the association's expo on its own line (chrome), numbered list kept",
        page="""
!m 柘湾衣架行业协会
!a 会员登录　|　入会指南
!m 首页 » 协会动态 » 行业自律
{T}
!m 2025-03-16　秘书处
{BODY}
!l 推荐阅读：协会组织企业参加家居用品博览会
!m 协会地址：柘湾镇工业大道8号　电话：0578-6625588
""",
        body="""
全体会员企业：
近来，市场上出现以医疗废塑料、电子废塑料为原料生产的劣质衣架，气味刺鼻、易断裂，严重损害我镇衣架的声誉。
为维护行业形象，协会向全体会员企业倡议：
⟦a 【广告】第六届柘湾衣架博览会展位火热招商中，详询秘书处⟧
1.坚持使用符合标准的原料，不采购来路不明的再生料。
2.建立原料进货台账，每批原料留样备查。
3.发现违规企业主动向协会和有关部门反映。
柘湾衣架行业协会
2025年3月16日
""",
    ),
    dict(
        slug="company-hanger-exporter-recall-notice",
        site="衣嘉家居用品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.yijia-home.example.com/news/notice-20250422.html",
        title="关于召回部分批次儿童卡通衣架的公告",
        record_title="【公司公告】关于召回部分批次儿童卡通衣架的公告",
        date="2025-04-22",
        notes="company site: online-service float, a 400 sales line vs. the document's own recall line (kept); recalled batches table",
        page="""
!m 衣嘉家居 · 让收纳更简单
!m 首页　产品中心　新闻动态　服务支持　关于我们
{T}
!m 发布日期：2025.04.22
{BODY}
!w 在线客服　｜　订购热线 400-882-7717
!d Copyright 2025 衣嘉家居用品有限公司 版权所有
""",
        body="""
我公司在日常抽检中发现，部分批次儿童卡通衣架挂钩处存在小零件脱落的风险，可能被幼儿误吞。
为保障儿童安全，公司决定主动召回以下批次产品。
产品型号　生产批号　数量（只）
YJ-K12　20241108　36000
YJ-K15　20241203　21500
请消费者立即停止使用上述产品，可凭购买凭证或产品实物到原购买渠道办理退货退款。
召回专线：0579-8551346（工作日8:30-17:30）。
衣嘉家居用品有限公司
2025年4月22日
""",
    ),
    dict(
        slug="training-hotel-housekeeping-hanger-course",
        site="楝川家政职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.lcjzpx.example.com/zsjz/2025-09.html",
        title="客房服务员（衣物整理方向）培训班招生简章",
        record_title="学员必看 | 客房服务员（衣物整理方向）培训班招生简章（2025秋季班）",
        date=None,
        notes="training school: promo box glued after a sentence, 报名电话 and mailbox in the body kept beside a 400 line; course weeks table; no date",
        page="""
!m 楝川家政职业培训学校　人社部门备案机构
!m 首页 > 招生简章
{T}
!a 【在线报名】【免费试听】
{BODY}
!w 全国招生热线 400-660-3828　　微信同号
!l 热门课程：育婴员　养老护理员　整理收纳师
""",
        body="""
一、培训对象
年满十八周岁、身体健康、有意从事酒店客房或家政服务的人员。
二、课程安排
周次　内容
第1周　衣物面料识别与洗涤标识
第2周　衣架选用与衣物挂放规范
第3周　衣柜整理与收纳技巧⟦a （名额有限，报名即送收纳工具包！）⟧
三、报名方式
报名电话：0746-5238816，报名邮箱：zhaosheng@lcjzpx.example.com。
结业考核合格者，颁发职业技能等级证书。
""",
    ),
]
