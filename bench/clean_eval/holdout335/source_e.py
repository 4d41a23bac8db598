"""holdout335, part E: residents' sites, trade associations, companies, training schools, 范文 apps.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="community-mengyuan-notice-end-caps-grid-box",
        site="檬苑社区网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.mengyuansq.cn/jwgk/2024/0418/307.html",
        title="关于免费更换阳台晾衣杆堵头的通知",
        record_title="〔居委公示〕关于免费更换阳台晾衣杆堵头的通知｜檬苑社区网",
        date="2024-04-18",
        notes="residents' site: weather line, a grid member's box with his mobile, property repair and night "
        "lines beside the community's own 咨询电话; a 'sign up for the volunteer team' line between paragraphs; "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔居委公示〕关于免费更换阳台晾衣杆堵头的通知｜檬苑社区网</title>
</head><body>
<div class="top">⟦m 檬苑社区网⟧ ⟦m 今天 晴 12～24℃ 空气良⟧</div>
<div class="nav">⟦m 社区首页 · 居务公开 · 便民服务 · 邻里活动 · 党群之家⟧</div>
<div class="path">⟦m 首页 > 居务公开 > 通知⟧</div>
<h3>{T}</h3>
<p class="meta">⟦m 檬苑社区居委会　2024-04-18　阅读 733⟧</p>
<div class="txt">
{BODY}
</div>
<div class="grid">⟦m 网格员：阚立新　手机：158 2761 0413⟧</div>
<div class="wy">⟦m 物业报修：0728-3357710　夜间值班：0728-3357711⟧</div>
<div class="foot">⟦m 庚州市囤山区檬苑社区居民委员会⟧ ⟦m 技术支持：囤山智慧社区平台⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期有居民反映，小区部分楼栋阳台晾衣杆两端堵头老化脱落，存在高空坠物隐患。经社区“两委”研究，决定为辖区住户免费更换晾衣杆堵头。现将有关事项通知如下：
一、更换范围：檬苑小区1至22栋，阳台外挑晾衣杆堵头缺失、开裂或松动的住户。
二、更换时间：4月20日至5月12日每周六、周日上午9:00至11:30。
⟦a 想加入堵头更换志愿服务队？点此在线报名⟧
三、预约方式：请到所在楼栋单元长处登记，或拨打社区咨询电话0728-3357026。
四、更换时请家中留人，志愿者上门时佩戴工作证。
檬苑社区居民委员会
2024年4月18日
""",
    ),
    dict(
        slug="community-pengfei-pledge-door-sensor-wrapped-scan",
        site="鹏飞社区 (invented, residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://pengfeisq.example.cn/tz/2024/0606.html",
        title="安装门磁，守护独居老人——致鹏飞社区居民的倡议书",
        record_title="【鹏飞邻里】安装门磁，守护独居老人——致鹏飞社区居民的倡议书",
        date="2024-06-06",
        notes="residents' site as text, hard-wrapped at 68 columns; a sentence telling residents to 扫码报名 stays; "
        "a weather and a 'neighbourhood app' line at the top, a share row and the property's line at the bottom",
        page="""
!m 鹏飞社区 · 邻里一家亲　　今日：阵雨 22～29℃
!m 首页 › 社区公告
!t 【鹏飞邻里】安装门磁，守护独居老人——致鹏飞社区居民的倡议书
!a 下载“鹏飞邻里”APP，社区大小事一手掌握
{BODY}
!a 转发给邻居 ｜ 复制本页链接
!m 物业服务中心 24 小时：0728-3361188
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
我们社区60岁以上老人有1432位，其中独自居住的有217位。去年冬天，社区一位独居老人在家中摔倒，两天后才被邻居发现。这件事让我们深感痛心。
为此，社区联合辖区爱心企业推出“门磁守护”计划：为独居老人免费安装智能门磁，老人家门超过24小时没有开关，网格员和家属就会收到提醒。
我们倡议：家有独居老人的子女，请主动为老人报名；邻居们平时多敲敲门、多问一声；有意愿参与安装和回访的居民，欢迎加入志愿者队伍。
报名请扫描各楼栋公告栏张贴的二维码，或到社区服务站登记。
鹏飞社区居民委员会
2024年6月6日
""",
    ),
    dict(
        slug="association-gengzhou-maternal-pledge-pacifier-head",
        site="庚州市母婴用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.gzmyxh.org.cn/xhdt/2024/0901/229.html",
        title="安抚奶嘴产品质量行业自律倡议书",
        record_title="〖自律共识〗安抚奶嘴产品质量行业自律倡议书 - 协会通告 - 庚州市母婴用品行业协会",
        date="2024-08-30",
        date_also=["2024-09-01"],
        notes="association site: member-login row, member hotline; the association's name is also the "
        "signature (matched as head); a '分享这份倡议' sentence stays; 成文日期 under the signature, the posting "
        "date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖自律共识〗安抚奶嘴产品质量行业自律倡议书 - 协会通告 - 庚州市母婴用品行业协会</title>
</head><body>
<div class="top">⟦m 庚州市母婴用品行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会首页 ｜ 协会概况 ｜ 协会公告 ｜ 会员风采 ｜ 政策法规⟧</div>
<div class="where">⟦m 当前位置：协会首页 / 协会公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布于 2024-09-01　来源：协会秘书处⟧</div>
<div class="body">
{BODY}
</div>
<div class="side">⟦l 协会公告 · 近期⟧ ⟦l 关于召开第三届会员大会的通知⟧</div>
<div class="foot">⟦m 会员服务热线：0728-3212808⟧ ⟦m 地址：庚州市囤山区商贸大厦11层⟧</div>
</body></html>
""",
        body="""
全市母婴用品生产、销售企业：
安抚奶嘴是婴幼儿每天入口的用品，质量安全容不得半点马虎。近期，部分地区抽检发现安抚奶嘴拉力不达标、标识不全等问题。为维护行业声誉、守护婴幼儿健康，协会向全体会员企业发出如下倡议：
一、严守标准。生产企业严格执行国家标准，原料入厂必检，出厂产品批批检验。
二、诚信经营。销售企业坚持索证索票，不进、不销“三无”奶嘴，不夸大宣传“防龅牙”“助睡眠”等功效。
三、主动召回。发现产品存在安全隐患，第一时间停售、召回并向监管部门报告。
请各会员企业把这份倡议分享给一线员工，让每一只出厂的奶嘴都让家长放心。
庚州市母婴用品行业协会
2024年8月30日
""",
    ),
    dict(
        slug="association-danshui-minutes-carrier-committee-vote",
        site="郸水县婴童用品商会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.dsytsh.cn/hyjy/2024/0313.html",
        title="郸水县婴童用品商会背带专业委员会第三次会议纪要",
        date="2024-03-12",
        notes="record title as is; the minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count stay; the 时间 "
        "line gives the date; a 'join the chamber' line and a member-only download line",
        page="""
!m 郸水县婴童用品商会
!m 首页 ／ 商会动态 ／ 会议纪要
{T}
!m 发布人：商会秘书处　阅读：144
{BODY}
!a 会员登录后可下载会议附件
!w 入会咨询请致电秘书处，或加微信 dsyt_shanghui
!m 郸水县婴童用品商会　地址：郸水县工业园区兴业路3号
""",
        body="""
时间：2024年3月12日上午9:30
地点：商会二楼会议室
主持：荀建平（背带专业委员会主任）
出席：背带专业委员会委员11人
列席：县市场监管局质量科同志
记录：沈可心
会议通报了去年县内婴儿背带产品抽检情况，讨论通过了《背带产品卡扣和缝线质量自检规范》。会议表决结果：同意11票，反对0票，弃权0票。
会议议定：一、各会员企业4月底前对照规范开展一次全面自检；二、商会联合县市场监管局5月举办背带质量培训班；三、下次会议于6月召开，听取自检情况汇报。
""",
    ),
    dict(
        slug="brand-chiran-news-detachable-food-scissors-cookie",
        site="匙然母婴官网 (invented, company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chiran-baby.com/news/2024/0715.html",
        title="匙然母婴推出可拆洗不锈钢辅食剪",
        record_title="匙然新品 ▹ 匙然母婴推出可拆洗不锈钢辅食剪 — 匙然母婴官网",
        record_date="2024-07-15",
        date="2024-07-15",
        notes="company site: cookie notice, service float, product-ad line between paragraphs; the company's "
        "short name inside the body; record date; a repeated title glued before the news lead",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>匙然新品 ▹ 匙然母婴推出可拆洗不锈钢辅食剪 — 匙然母婴官网</title>
</head><body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示同意⟧ ⟦a 知道了⟧</div>
<header>⟦m 匙然母婴 CHIRAN⟧ <nav>⟦m 首页 产品中心 新闻资讯 关于匙然 联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻资讯 / 企业新闻⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2024-07-15　｜　匙然品牌部⟧</p>
<section class="news">
{BODY}
</section>
<div class="float">⟦w 在线客服 ⟩ 工作日9:00-18:00⟧</div>
<footer>⟦m 庚州匙然母婴用品有限公司　订购热线：400-660-3817⟧ ⟦m 鄂ICP备19026605号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 匙然母婴推出可拆洗不锈钢辅食剪⟧7月15日，匙然母婴在庚州发布新款可拆洗不锈钢辅食剪。这是匙然继研磨碗、辅食盒之后推出的又一款辅食工具。
据研发负责人介绍，传统辅食剪的铆钉处容易残留食物，家长很难清洗干净。新款辅食剪采用卡扣式结构，两片刀身可徒手拆开，清洗后再合上，整个过程不到十秒。
⟦a 天猫匙然旗舰店同步开售，点击了解详情⟧
刀头采用圆弧设计，刀刃为食品级不锈钢，并附赠硅胶保护套，方便外出携带。产品已通过第三方机构的食品接触材料检测。
匙然母婴表示，将把用户反馈持续用于产品改进，让家长用得更安心。
""",
    ),
    dict(
        slug="brand-beilean-recall-pacifier-batches-record",
        site="贝乐安婴童用品 (invented, company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.beilean.cn/gonggao/recall-2024-02.html",
        title="关于召回部分批次安抚奶嘴的公告",
        date="2024-10-08",
        notes="record title as is; a recall with its batch table; the recall line beside the company's 400 order "
        "line; a sentence telling buyers to 扫码 check the batch stays; 成文日期 under the signature",
        page="""
!m 贝乐安婴童用品 | 让每一口都安心
!m 首页 · 产品 · 品牌故事 · 公告 · 联系我们
{T}
!m 发布时间：2024-10-08　浏览量：3906
{BODY}
!a 分享 ▸ 微信　微博　复制链接
!m 订购热线：400-021-7731（非召回咨询）
!m © 贝乐安（庚州）婴童用品有限公司　鄂ICP备20031154号
""",
        body="""
尊敬的消费者：
我公司在例行质量回访中发现，部分批次的“贝乐安”安抚奶嘴奶嘴头与防护罩连接处可能在长期使用后出现松动，存在脱落风险。为保障婴幼儿安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　数量（只）
BLA-S01　20240611　4200
BLA-S01　20240618　3800
BLA-M02　20240702　2600
请持有上述批次产品的消费者立即停止使用。批号印在包装盒底部，也可扫描包装上的二维码查询。
召回产品可到原购买门店办理退款，网购用户请拨打召回专线0728-3340265，我公司提供上门取件服务。
由此给您带来的不便，我们深表歉意。
贝乐安（庚州）婴童用品有限公司
2024年10月8日
""",
    ),
    dict(
        slug="school-yumiao-brochure-carrier-instructor-class",
        site="育苗育婴培训学校 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yumiao-px.com/zhaosheng/beidai-2024.html",
        title="背带使用指导师周末研修班招生简章",
        record_title="【周末研修】背带使用指导师周末研修班招生简章（赠仿真教具）- 育苗育婴培训学校",
        date=None,
        notes="training school: promo banner, a consult float, a trial-lesson line between paragraphs; the "
        "school's own 报名电话 beside a 400 franchise line; a course table; no date (a 开课 month only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【周末研修】背带使用指导师周末研修班招生简章（赠仿真教具）- 育苗育婴培训学校</title>
</head><body>
<div class="banner">⟦a 老学员推荐新学员，双方各减200元⟧</div>
<div class="hd">⟦m 育苗育婴培训学校⟧ ⟦m 庚州市人社局备案职业培训机构⟧</div>
<div class="nav">⟦m 首页 | 育婴员 | 保育员 | 催乳师 | 背带指导 | 学员风采⟧</div>
<h1>{T}</h1>
<div class="cont">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线，点击免费咨询⟧</div>
<div class="ft">⟦m 全国加盟热线：400-105-6628⟧ ⟦m 育苗育婴培训学校　庚州市戈坪大道216号⟧</div>
</body></html>
""",
        body="""
一、培养目标
面向育婴员、月嫂、母婴店导购和有需要的家长，系统学习各类婴儿背带的结构、穿戴方法和安全要点，能够为家庭提供一对一的背带使用指导。
二、课程安排
模块　课时　主要内容
背带基础　4　背带类型、材质与选购
穿戴实操　8　前抱、侧背、后背及腰凳使用
安全指导　4　髋关节保护、呼吸道通畅检查
⟦a 不确定适不适合？先约一节免费试听课⟧
三、开班时间
每月第一、第三个周末开班，每班限16人。
四、报名方式
报名电话：0728-3298047（黄老师），报名时请携带身份证复印件。
""",
    ),
    dict(
        slug="school-xiaozao-brochure-food-class-oneline",
        site="小灶辅食学堂 (invented, parenting class)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://xiaozao.example.com/course/fushi-weekend",
        title="宝宝辅食制作亲子周末班招生啦",
        record_title="宝宝辅食制作亲子周末班招生啦（小班6组家庭）· 小灶辅食学堂",
        date=None,
        notes="brochure on one line; no date; a group-buy banner at the top, a consult WeChat and the "
        "franchise line at the bottom; the class's own 报名电话 stays",
        page="""
!a 限时拼团：两人同行立减80元
!m 小灶辅食学堂 · 在家也能做出好辅食
!t 宝宝辅食制作亲子周末班招生啦（小班6组家庭）
{BODY}
!w 课程顾问微信：xiaozao_kc01（添加请备注“辅食”）
!m 小灶辅食学堂　加盟合作：400-887-2360
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
宝宝到了添加辅食的月龄，很多新手爸妈不知道从哪里开始。小灶辅食学堂周末亲子班，手把手带你做出营养又安全的辅食。
课程内容包括：米粉、蔬菜泥、肉泥的制作，不同月龄食物的软硬和大小，辅食剪、研磨碗、蒸锅等工具的正确使用和清洁消毒。
每期两天，每天三小时，小班教学，每组家庭一个操作台，课后带走自己做的辅食和一份月龄食谱。
报名电话：0571-64231706，学堂地址：亓溪县城关镇秀水街12号二楼。
""",
    ),
    dict(
        slug="app-luobi-host-script-pacifier-farewell-h5",
        site="落笔写作APP (invented, writing-app H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.luobi.app/share/doc?id=9af2c71d",
        title="“再见啦，安抚奶嘴”亲子活动主持词",
        record_title="“再见啦，安抚奶嘴”亲子活动主持词（托班适用）· 落笔写作APP",
        date=None,
        notes="writing-app H5 share: open-app mask, a fold, an AI-rewrite button, a VIP prompt; a host script "
        "with no date; an AI-continue button glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>“再见啦，安抚奶嘴”亲子活动主持词（托班适用）· 落笔写作APP</title>
</head><body>
<div class="mask">⟦a 打开落笔APP，查看完整范文⟧ ⟦a 继续在浏览器看⟧</div>
<div class="doc">
<h2>{T}</h2>
<div class="meta">⟦m 落笔精选 · 幼教活动 · 998人已套用⟧</div>
{BODY}
<div class="fold">⟦a 展开剩余30%⟧</div>
</div>
<div class="bar">⟦a ✨ AI改写成大班版⟧ ⟦a 一键复制⟧ ⟦a 开通VIP 全站范文随心用⟧</div>
<div class="foot">⟦m 落笔写作 · 让写作更轻松⟧</div>
</body></html>
""",
        body="""
各位家长、亲爱的小朋友们，大家上午好！
今天，我们托班的小朋友要做一件了不起的事情——和陪伴自己很久的安抚奶嘴说再见。⟦a AI帮我续写下一段⟧
首先，请小朋友们和爸爸妈妈一起，把自己的奶嘴装进漂亮的小信封里，在信封上贴一张自己最喜欢的贴纸。
接下来，我们请“奶嘴仙子”出场！仙子会把大家的奶嘴带去送给更小的宝宝，再送给每位小朋友一枚勇敢勋章。
最后，请爸爸妈妈抱一抱自己的宝贝，告诉他：你长大了，真棒！
今天的活动到这里就结束了，谢谢各位家长的配合，小朋友们，我们下次再见！
""",
    ),
    dict(
        slug="app-gongwen-kuaishou-report-property-repair-lead",
        site="公文快手 (invented, writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gwkuaishou.cn/share/fanwen/60172",
        title="物业维修班班长2024年度述职报告",
        record_title="物业维修班班长2024年度述职报告（换个名字直接交）｜公文快手",
        date="2024-12-20",
        notes="writing-app share as text: an open-app prompt, a paywall line glued after a sentence, an AI "
        "polish button between paragraphs; 成文日期 under the signature",
        page="""
!a 打开公文快手APP，海量范文免费套
!m 公文快手 · 述职报告 · 物业行业
!t 物业维修班班长2024年度述职报告（换个名字直接交）
!m 1.2万次套用　｜　字数 390
{BODY}
!a 一键套用此范文 ｜ AI扩写到1500字
!m 公文快手　沪ICP备21033906号-2
""",
        body="""
各位领导、同事们：
2024年，我担任檬苑小区物业维修班班长，带领6名维修工，完成了全年维修任务。现将履职情况报告如下。
一、完成日常维修。全年受理业主报修1862件，及时完成率98.6%，业主满意度96%。
二、开展专项整治。配合社区开展阳台晾衣杆堵头更换，维修班利用周末上门1100余户，更换堵头800多个，小区全年未发生堵头坠落事件。⟦a 剩余内容VIP可见，开通立享全文⟧
⟦a ✎ AI润色这一段⟧
三、加强班组管理。建立维修工具领用登记制度，组织安全培训4次。
存在的不足是维修台账电子化程度不高。明年我将带领班组继续努力，为业主提供更好的服务。
述职人：蔡国梁
2024年12月20日
""",
    ),
]
