"""holdout373, part E: intranets, company sites, hospitals, law firms and trade associations.
Everything invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="oa-lincheng-minutes-pole-saw-safety-html",
        site="凛城园林集团协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.lincheng-yl.com/doc/view?id=GW2024-1187",
        title="养护分公司高枝锯作业安全专题会议纪要",
        record_title="【内部·安委会材料】养护分公司高枝锯作业安全专题会议纪要｜凛城园林OA",
        date="2024-11-12",
        notes="OA document view: user bar, watermark line, 流转记录, read counts and archive/forward buttons; "
        "minutes with 时间/地点/主持/参会/记录 lines, the meeting's 时间 line gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【内部·安委会材料】养护分公司高枝锯作业安全专题会议纪要｜凛城园林OA</title></head><body>
<div class="oa-bar">⟦m 凛城园林集团协同办公平台⟧　⟦m 当前用户：宙晓光（养护分公司）⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办　已办　公文　会议　通讯录　知识库⟧</div>
<div class="oa-doc">
<div class="oa-h">{T}</div>
<div class="oa-wm">⟦d 内部资料 严禁外传 宙晓光 0271⟧</div>
<div class="oa-info">⟦m 文档编号：GW2024-1187　密级：内部　已阅 46 人 / 未阅 3 人⟧</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-btn">⟦a 归档　转发　标记为已读　导出⟧</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-11-13 09:12　综合办 庞敏 发起⟧</p><p>⟦l 2024-11-13 10:40　分管副总 焦志远 已阅⟧</p></div>
</div>
<div class="oa-ft">⟦m 信息中心技术支持　分机 8016⟧</div>
</body></html>
""",
        body="""
时间：2024年11月12日下午3:00
地点：养护分公司三楼会议室
主持：杰文斌（分公司经理）
参会：各养护队队长、安全员，机具管理员，综合办负责人
记录：庞敏
会议传达了集团关于冬季修剪作业安全的工作要求，通报了10月份绿化三队一名工人登梯修剪时从梯上滑落的情况，研究部署高枝锯作业安全工作。纪要如下：
一、全面推行地面作业。今冬起，树高五米以下枝条修剪一律使用高枝锯在地面作业，严禁登梯、攀树手锯作业；高于五米的由高空作业车配合完成。
二、开展机具检查。机具管理员于11月20日前对全公司42把高枝锯逐把检查，伸缩锁扣失灵、锯片开裂的立即报废；新购的12把电动高枝锯于月底前配发到队。
三、组织全员培训。各队本月内完成一次高枝锯操作培训，由分公司安全员现场考核，考核不合格的不得上岗。
四、落实现场看护。每个作业点至少两人，一人作业一人看护，围挡和警示牌必须到位。
会议要求各队于每周五将检查和培训进展报综合办汇总。
""",
    ),
    dict(
        slug="oa-chouwang-bulletin-soap-net-line-record",
        site="稠溪织网用品有限公司内网 文字版 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.chouwang.com.cn/gw/zl/2025/0520-07",
        title="关于肥皂网生产线网袋断线质量问题的通报",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="record gives title and date; intranet document as text: 文号 line under the title neutral, "
        "抄送 line, a user bar and read counts",
        page="""
!m 稠溪织网用品有限公司 · 内部办公系统
!m 用户：厚佳（质量部）｜ 消息(3) ｜ 注销
!m 公文管理 > 收文 > 质量通报
{T}
稠网质〔2025〕7号
!m 阅读状态：已读 58 / 应读 61
{BODY}
!a 签收　　转办　　打印
!m 系统管理员：信息部 分机 2206
""",
        indent="\u3000\u3000",
        body="""
各车间、质量部、销售部：
5月中旬，公司接到两家超市客户反馈，一批出口转内销的尼龙肥皂网在使用一周后出现网袋断线、挂绳脱落的问题。经质量部复检，该批次共抽检200个，断线32个，不合格率16%，远超公司规定的1%上限。
经调查，问题原因是编织二车间3号机更换尼龙丝供应商后，未按规定进行拉力试验即投入生产，且收口工序热熔温度偏低。
为严肃质量纪律，公司决定：
一、对二车间予以通报批评，扣减车间当月质量考核分10分；
二、该批次肥皂网全部召回返工，返工费用由二车间承担；
三、各车间更换原材料供应商后，须经质量部拉力试验合格方可上线；
四、质量部于本月底前修订《肥皂网成品检验规程》，增加挂绳拉力检测项目。
希望各车间引以为戒，严把质量关。
稠溪织网用品有限公司
2025年5月20日
抄送：总经理办公室，采购部。
""",
    ),
    dict(
        slug="company-xuetu-news-kids-ski-goggles-html",
        site="雪途体育官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xuetu-sports.com/news/2025/1106-1290.html",
        title="雪途体育推出双层防雾儿童滑雪镜",
        record_title="雪季新装 ⋙ 雪途体育推出双层防雾儿童滑雪镜｜雪途体育官方网站",
        record_date="2025-11-06",
        date="2025-11-06",
        notes="record gives a decorated title and the date; company page with a cookie notice, a 400 order line, "
        "a service float; the repeated brand name glued before the news lead",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>雪季新装 ⋙ 雪途体育推出双层防雾儿童滑雪镜｜雪途体育官方网站</title></head><body>
<div class="cookie">⟦d 本站使用Cookie以改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 雪途体育 XUETU SPORTS⟧ <nav>⟦m 首页　产品中心　新闻动态　服务支持　联系我们⟧</nav></header>
<div class="bread">⟦m 首页 / 新闻动态 / 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.11.06　浏览 832⟧</p>
{BODY}
</article>
<div class="float-kf">⟦w 在线客服⟧ ⟦w 订购热线 400-812-6677⟧</div>
<footer>⟦m 凛州雪途体育用品有限公司　版权所有　陕ICP备18006235号-1⟧</footer>
</body></html>
""",
        body="""
⟦m 雪途体育丨⟧11月5日，凛州雪途体育用品有限公司在凛州冰雪装备博览会上发布新款双层防雾儿童滑雪镜，面向4至12岁儿童，计划于本雪季投放市场。
新款滑雪镜采用双层柱面镜片，两层镜片之间留有空气层，配合内层防雾涂层，可有效减少呼气和汗气造成的起雾；镜片达到UV400紫外线防护等级，并通过了抗冲击测试。
针对儿童脸型小、镜框容易下滑的问题，研发团队把镜框宽度缩小了15%，加宽了硅胶防滑条，并采用三层亲肤海绵，镜框可以直接套在儿童头盔外佩戴。
公司负责人介绍，近年来青少年滑雪人数增长很快，但适合儿童的护目装备仍然不足。此次推出的儿童滑雪镜有两种尺码、四种颜色，已与戚山县青少年冰雪运动训练中心等单位达成供货合作。
""",
    ),
    dict(
        slug="company-xiaoyequ-recall-insect-nets-text",
        site="小野趣户外玩具官网 文字版 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xiaoyequ-toys.cn/gonggao/recall-2025-08.html",
        title="关于召回部分批次儿童伸缩捕虫网的公告",
        record_title="【召回公告·请转告家长】关于召回部分批次儿童伸缩捕虫网的公告 - 小野趣户外玩具",
        date="2025-08-05",
        notes="company recall as text: a batch table one row a paragraph; the recall line beside the 400 order "
        "line; a sentence telling buyers to 扫码 the label is body; 成文日期 under the signature",
        page="""
!m 小野趣户外玩具 · 陪孩子去野外
!m 首页 | 全部商品 | 品牌故事 | 公告 | 售后
!t 【召回公告·请转告家长】关于召回部分批次儿童伸缩捕虫网的公告
!m 发布：品牌客服中心　　阅读 1905
{T}
{BODY}
!w 选购咨询、批发订货请拨 400-617-2088
!a 关注小野趣，新品早知道
!m © 稠溪小野趣玩具有限公司
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司在产品质量自查中发现，2025年5月至6月生产的部分儿童伸缩捕虫网，伸缩杆末端的塑料护帽可能松脱，露出金属管口，儿童挥动时存在划伤风险。为保障儿童安全，我公司决定主动召回下列批次产品。
产品名称　型号　生产批号　数量
儿童伸缩捕虫网　XY-BN60　2505A01—2505A12　3200个
儿童伸缩捕虫网　XY-BN80　2506B01—2506B08　1860个
一、自查方法：请扫描网柄标签上的二维码，或查看标签上的生产批号，确认是否属于召回范围。
二、召回方式：属于召回范围的产品，可到原购买门店退货，或联系我公司免费寄送新的加固护帽，并附安装说明。网购用户可联系原店铺客服办理退款。
三、在更换护帽之前，请暂停让孩子使用该产品。
召回专线：0728-5607733（每天8:30—20:30）
由此给您带来的不便，我们深表歉意。
稠溪小野趣玩具有限公司
2025年8月5日
""",
    ),
    dict(
        slug="hospital-linzhou2-ski-goggles-fog-html",
        site="凛州市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.lz2rmyy.com/jkxj/2025/0110/3381.html",
        title="雪季护眼：滑雪镜起雾别乱擦，眼科医生教你正确用镜",
        record_title="【眼科课堂】雪季护眼：滑雪镜起雾别乱擦，眼科医生教你正确用镜-健康宣教-凛州市第二人民医院",
        date="2025-01-10",
        notes="hospital page with a booking float, a 24-hour line and an experts list; the department's own "
        "咨询电话 beside the booking line; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【眼科课堂】雪季护眼：滑雪镜起雾别乱擦，眼科医生教你正确用镜-健康宣教-凛州市第二人民医院</title></head><body>
<div class="h-top">⟦m 凛州市第二人民医院⟧　⟦m 24小时急诊：0915-3299120⟧</div>
<div class="h-nav">⟦m 医院首页 ｜ 就医指南 ｜ 科室导航 ｜ 专家介绍 ｜ 健康宣教 ｜ 护理园地⟧</div>
<div class="h-pos">⟦m 首页 → 健康宣教⟧</div>
<div class="h-art">
<h2>{T}</h2>
<div class="h-info">⟦m 发布时间：2025-01-10　来源：眼科　作者：戚芸　浏览：1274⟧</div>
<div class="h-con">
{BODY}
</div>
</div>
<div class="h-side"><h4>⟦l 眼科专家⟧</h4><p>⟦l 焦立群　主任医师　周一、周三上午⟧</p><p>⟦l 疏婉清　副主任医师　周二全天⟧</p></div>
<div class="h-float">⟦a 预约挂号⟧ ⟦m 预约电话：0915-3299000⟧</div>
<div class="h-ft">⟦m 地址：凛州市杰湾区和平路216号　陕ICP备12004417号⟧</div>
</body></html>
""",
        body="""
进入雪季，眼科门诊接诊的“雪盲”和眼部擦伤患者明显增多。不少患者都提到同一件事：滑雪镜起雾看不清，就把镜子推到头上，或者随手用手套擦一擦。
雪地对紫外线的反射率高达80%以上，不戴滑雪镜在雪场待上几个小时，就可能出现眼睛刺痛、流泪、畏光，这就是常说的“雪盲”，医学上叫电光性眼炎。滑雪镜还能挡住风雪和冰碴，摔倒时保护眼睛不被雪杖、雪板划伤。
滑雪镜起雾怎么办？眼科医生给出三点建议：一是不要用手套、纸巾擦镜片内层，内层的防雾涂层很容易被擦掉；二是起雾后可以滑行一段，让气流带走雾气，或者到室内摘下镜子自然晾干；三是不要把滑雪镜推到额头上，头部散发的热气会让镜片更容易起雾。
如果滑雪后出现眼睛红肿、刺痛、睁不开，要及时到医院就诊，不要自行滴用眼药水。
眼科咨询电话：0915-3299317
""",
    ),
    dict(
        slug="hospital-houyuan-rehab-step-board-group-text",
        site="厚原县人民医院 文字版 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hyxrmyy.cn/kswh/kfk/2025/0303/712.html",
        title="康复医学科“踏板平衡训练小组”招募通知",
        record_title="〈康复科〉康复医学科“踏板平衡训练小组”招募通知｜厚原县人民医院",
        date="2025-03-03",
        date_also=["2025-03-04"],
        notes="hospital page as text: the department's own 报名电话 beside the switchboard and a complaint line; "
        "the page's date differs from the signature's",
        page="""
!m 厚原县人民医院
!m 医院总机：0919-7201000　　投诉电话：0919-7201315
!m 首页 > 科室文化 > 康复医学科
!t 〈康复科〉康复医学科“踏板平衡训练小组”招募通知｜厚原县人民医院
{T}
!m 2025-03-04　　康复医学科　　阅读 403
{BODY}
!a 分享到：微信　QQ　微博
!l 相关阅读：老年人防跌倒，从练好平衡开始
!m 厚原县人民医院 版权所有
""",
        indent="\u3000\u3000",
        body="""
为帮助中老年人增强下肢力量、改善平衡能力、预防跌倒，康复医学科将于3月中旬开设“踏板平衡训练小组”，现面向社会招募学员。
一、招募对象：55岁至75岁、能独立行走、近期有跌倒担忧或平衡能力下降的中老年人。急性期膝关节损伤、未控制的高血压和严重心脏病患者暂不适合参加。
二、训练安排：每周二、周四下午3:00—3:45，共8周16次课，地点为门诊楼四楼康复训练大厅。训练使用10厘米低位健身踏板，由康复治疗师带领完成上下踏板、侧向踏步和单腿站立等练习。
三、报名方式：请本人或家属于3月12日前到康复医学科登记，首次训练前由医生进行平衡功能评估。
四、训练免费，每组限12人，额满即止。
报名电话：0919-7201462
厚原县人民医院康复医学科
2025年3月3日
""",
    ),
    dict(
        slug="lawfirm-linzheng-case-pole-saw-car-html",
        site="凛正律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.linzheng-law.com/anli/xiangling/118.html",
        title="邻居用高枝锯修剪越界树枝砸坏车辆，责任谁来担？",
        record_title="【邻里纠纷·以案说法】邻居用高枝锯修剪越界树枝砸坏车辆，责任谁来担？—凛正律师事务所",
        date=None,
        notes="law firm page with a lawyer card, a consult float, a 400 line and a repost notice; a case note "
        "with no date; a lawyer-consult line glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【邻里纠纷·以案说法】邻居用高枝锯修剪越界树枝砸坏车辆，责任谁来担？—凛正律师事务所</title></head><body>
<div class="lf-top">⟦m 凛正律师事务所⟧ ⟦m 全国免费咨询 400-606-1208⟧</div>
<div class="lf-nav">⟦m 首页　律所简介　专业领域　律师团队　以案说法　联系我们⟧</div>
<div class="lf-pos">⟦m 当前位置：首页 > 以案说法 > 相邻关系⟧</div>
<div class="lf-art">
<h1>{T}</h1>
<div class="lf-meta">⟦m 作者：凛正律所　点击：2178⟧</div>
<div class="lf-con">
{BODY}
</div>
<div class="lf-repost">⟦d 本文为凛正律所原创，转载请注明来源；案例中人名均为化名。⟧</div>
</div>
<div class="lf-card">⟦m 主办律师：晃文涛　执业证号：16101202010523417⟧　⟦w 扫码添加律师微信，一对一咨询⟧</div>
<div class="lf-float">⟦w 在线咨询　律师5分钟内回复⟧</div>
<div class="lf-ft">⟦m 地址：凛州市杰湾区金融街18号汇通大厦21层　陕ICP备20008651号⟧</div>
</body></html>
""",
        body="""
【案情】老张和老李是同一小区一楼的邻居。老李院子里的柿子树长得茂盛，有几根枝条伸到了老张家院子上空。老张多次提出修剪未果，某天便借来一把高枝锯，站在自家院子里锯越界的树枝。不料一根粗枝落下时弹到小区路边，砸坏了业主小周停放的轿车，维修花费6800元。小周要求老张赔偿，老张认为树是老李家的，应由老李负责。
【分析】根据民法典关于相邻关系的规定，不动产权利人应当为相邻权利人提供必要的便利。老李的树枝越界影响老张，老张有权要求老李修剪；老李不修剪的，老张可以请求排除妨碍。但老张自行用高枝锯修剪时，应当尽到合理的注意义务，如设置警示、控制枝条落向。⟦w 遇到类似纠纷？点此免费咨询律师⟧
本案中，老张未采取任何防护措施，导致树枝砸坏他人车辆，存在过错，应当对小周承担赔偿责任。老李怠于修剪越界树枝，对损害的发生也有一定原因，法院最终酌定老张承担七成、老李承担三成。
【提示】邻里之间遇到树枝越界，应先协商修剪；确需自行修剪的，要使用合适的工具，做好警示和防护，必要时请专业人员处理。
""",
    ),
    dict(
        slug="lawfirm-houdeheng-letter-soap-net-ads-text",
        site="厚德衡律师事务所 文字版 (invented)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="http://www.houdeheng-law.cn/wenshu/2025/0916.html",
        title="关于“纳米抑菌肥皂网”虚假宣传事宜的律师函",
        record_title="〖律师函·公开版〗关于“纳米抑菌肥皂网”虚假宣传事宜的律师函 ‖ 厚德衡律所",
        date="2025-09-16",
        notes="a law firm page as text: a lawyer card, a consult line and a repost notice; the letter's own "
        "contact lines; 成文日期 under the signature",
        page="""
!m 厚德衡律师事务所 · 诚信 厚德 衡平
!m 首页 / 律所文书 / 律师函
!t 〖律师函·公开版〗关于“纳米抑菌肥皂网”虚假宣传事宜的律师函 ‖ 厚德衡律所
{T}
!m 浏览：396　　分类：律师函
{BODY}
!w 企业合规、广告审查咨询：0919-7266000（律所前台）
!d 本页文书已隐去当事人敏感信息，仅供参考，转载须经本所同意。
!m 厚德衡律师事务所　厚原县城关镇中华路9号
""",
        indent="\u3000\u3000",
        body="""
厚原县某日用品商行：
厚德衡律师事务所接受稠溪织网用品有限公司（以下简称“委托人”）的委托，指派本所律师就贵商行销售“纳米抑菌肥皂网”过程中的宣传行为，郑重致函如下：
经委托人调查，贵商行在店铺招牌、商品吊牌和网络店铺页面中宣称该肥皂网“纳米银离子抑菌99.9%”“由稠溪织网独家技术生产”。经核实，委托人从未向贵商行供应该产品，亦未授权贵商行使用其企业名称；贵商行至今未能提供抑菌效果的检测报告。
上述行为涉嫌违反《中华人民共和国反不正当竞争法》和《中华人民共和国广告法》的有关规定，损害了委托人的商誉和消费者的合法权益。
为此，本所律师郑重要求贵商行：一、自收到本函之日起立即停止上述宣传；二、七日内撤下相关招牌、吊牌和网页内容；三、书面说明产品来源。
如贵商行置之不理，委托人将依法追究贵商行的法律责任。
联系人：疏律师，电话：0919-7266135
厚德衡律师事务所
二〇二五年九月十六日
""",
    ),
    dict(
        slug="assoc-linzhou-textile-pledge-soap-net-html",
        site="凛州市日用织品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.lzrzxh.org.cn/xhdt/2025/0424/208.html",
        title="肥皂网产品质量诚信自律倡议书",
        record_title="〔行规共守·质量篇〕肥皂网产品质量诚信自律倡议书（会员单位请下载张贴于车间）- 凛州市日用织品行业协会",
        date="2025-04-22",
        date_also=["2025-04-24"],
        notes="association site with a member-login row and a member hotline; its name heads the page and is "
        "also the signature (matched as head); the page's date differs from the signature's",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔行规共守·质量篇〕肥皂网产品质量诚信自律倡议书（会员单位请下载张贴于车间）- 凛州市日用织品行业协会</title></head><body>
<div class="xh-top"><span class="xh-name">⟦m 凛州市日用织品行业协会⟧</span> ⟦a 会员登录　入会申请⟧</div>
<div class="xh-nav">⟦m 首页 ▪ 协会概况 ▪ 协会动态 ▪ 行业资讯 ▪ 会员风采 ▪ 政策法规⟧</div>
<div class="xh-pos">⟦m 您的位置：首页 → 协会动态⟧</div>
<div class="xh-art">
<h3>{T}</h3>
<div class="xh-info">⟦m 发布日期：2025-04-24　　阅读：362⟧</div>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-side">⟦m 会员服务热线：0915-3378800⟧</div>
<div class="xh-ft">⟦m 版权所有：凛州市日用织品行业协会　地址：凛州市戚湾区纺织路3号⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
全市日用织品生产、销售企业：
近年来，肥皂网作为一种节约、环保的日用小商品，销量逐年增长。但一些产品存在挂绳易断、网袋脱线等质量问题，个别商家夸大宣传“抑菌”“除螨”等功效，损害了消费者权益和行业声誉。为此，凛州市日用织品行业协会向全市会员单位发出如下倡议：
一、守住质量底线。严格执行产品标准，把好原料进厂、编织、收口和成品检验关，挂绳拉力、网袋牢度检测不合格的产品一律不出厂。
二、诚信宣传。如实标注材质和用途，不标注未经检测的抑菌、除螨等功效，不冒用他人企业名称和商标。
三、倡导绿色材料。鼓励使用棉、麻、丝瓜络等可降解材料，减少一次性塑料包装。
四、自觉接受监督。欢迎消费者和媒体监督，协会将对会员单位开展质量抽查，并在协会网站公布结果。
让我们携起手来，以过硬的质量赢得消费者信任。
凛州市日用织品行业协会
2025年4月22日
""",
    ),
    dict(
        slug="assoc-bingxue-minutes-ski-goggles-vote-record",
        site="凛州市冰雪运动装备商会 文字版 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lzbxsh.org/dongtai/2025/0922/57.html",
        title="凛州市冰雪运动装备商会第二届理事会第四次会议纪要",
        date="2025-09-18",
        date_also=["2025-09-22"],
        notes="record title as is; association page as text: member login row, member hotline; minutes with "
        "时间/地点/主持/出席/记录 lines and a vote count; the meeting's 时间 line gives the date",
        page="""
!m 凛州市冰雪运动装备商会
!a 会员登录 ｜ 申请入会 ｜ 会员名录
!m 首页 » 商会动态 » 会议纪要
{T}
!m 发布：商会秘书处　2025-09-22　浏览 214
{BODY}
!l 上一篇：商会组织会员企业参加冰雪装备博览会
!m 商会秘书处电话：0915-3380926　　会员服务QQ群：61830275
""",
        indent="\u3000\u3000",
        body="""
时间：2025年9月18日上午9:30
地点：凛州市戚湾区冰雪产业园商会会议室
主持：会长　晃建国
出席：理事单位代表17人（应到19人）
记录：商会秘书处　绽小雨
会议审议了《凛州市滑雪镜团体标准（草案）》的编制情况。秘书处介绍，标准草案由雪途体育等5家会员企业共同起草，对儿童和成人滑雪镜的镜片防雾、紫外线防护、抗冲击和镜框尺寸提出了高于国家推荐标准的要求。
与会理事讨论认为，草案对镜片防雾时间的要求较为合理，建议增加租赁用滑雪镜的清洁消毒要求，并给中小企业留出半年的过渡期。
会议以举手方式表决，同意17票，反对0票，弃权0票，通过了标准草案，决定按讨论意见修改后提交市市场监督管理局备案。
会议还决定于11月组织会员企业开展滑雪镜质量互查。
""",
    ),
]
