"""holdout311, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛. Invented text, written by hand; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-puquan-notice-corridor-shoe-benches-qr",
        site="菩泉社区居委会网站 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://puquan.zhouxi-sq.cn/tzgg/20240820/118.html",
        title="菩泉社区关于清理楼道换鞋凳等杂物的通知",
        record_title="【楼道清障】菩泉社区关于清理楼道换鞋凳等杂物的通知｜菩泉社区居委会",
        date="2024-08-20",
        notes="residents' site: weather line, a grid worker's box and the property's duty line next to the notice's own 咨询电话; "
        "扫描…二维码登记 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【楼道清障】菩泉社区关于清理楼道换鞋凳等杂物的通知｜菩泉社区居委会</title>
<script src="/js/weather-widget.js"></script>
</head><body>
<div class="sq-top">⟦m 荮溪区阚集街道菩泉社区⟧ <span>⟦m 今日 晴 26~34℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 社区首页⟧ ⟦m 社区公告⟧ ⟦m 办事指南⟧ ⟦m 邻里圈⟧ ⟦m 志愿服务⟧</div>
<div class="sq-loc">⟦m 社区首页 › 社区公告⟧</div>
<div class="sq-art">
<h1>{T}</h1>
<div class="sq-meta">⟦m 发布：社区居委会　浏览 1,042⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-share">⟦l 转到业主群 ｜ 转到朋友圈⟧</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　隋小燕　139 2260 4417⟧</p></div>
<div class="sq-wy">⟦m 物业24小时值班：0752-3329911（菩泉物业服务中心）⟧</div>
<div class="sq-foot">⟦m 菩泉社区居民委员会　地址：菩泉路66号⟧ ⟦m 粤ICP备20086612号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期，区消防救援大队在检查中发现，我社区部分楼栋楼道内堆放换鞋凳、鞋柜、纸箱等杂物，占用疏散通道，存在火灾隐患。为保障大家的生命财产安全，社区定于8月26日至8月31日开展楼道杂物集中清理。现将有关事项通知如下：
一、请各位居民在8月25日前将放在楼道里的换鞋凳、鞋柜等物品自行搬回家中。
二、家中无人搬运的老人，请扫描单元门口张贴的二维码登记，社区志愿者将上门帮忙。
三、清理期间逾期未搬离的物品，由社区统一暂存在居委会仓库，一个月内可凭登记领回。
咨询电话：0752-3329180（社区居委会）
菩泉社区居民委员会
2024年8月20日
""",
    ),
    dict(
        slug="community-conglan-notice-wall-washbasin-stands",
        site="葱兰社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.conglan-shequ.cn/gonggao/2024/0402-1.html",
        title="葱兰社区关于为高龄老人免费安装壁挂脸盆架的通知",
        record_title="葱兰社区关于为高龄老人免费安装壁挂脸盆架的通知 - 碉湾镇葱兰社区网",
        date="2024-04-02",
        notes="residents' site in text: the property's 24-hour line and a volunteers' line next to the notice's own phone; "
        "a reminder glued before a line; signature date",
        page="""
!m 葱兰社区网 | 浼水县碉湾镇
!m 社区首页 » 公告栏
{T}
!m 居委会　|　阅读 377
{BODY}
!l 上一条：葱兰社区2024年春季义诊安排
!l 下一条：关于开展电动自行车“进楼入户”排查的通知
!m 物业24小时值班：0774-7338899　　志愿者服务队：0774-7338066
!m 葱兰社区居民委员会 主办
""",
        indent="\u3000\u3000",
        body="""
辖区各位居民：
为方便高龄老人坐着洗漱，社区今年将适老化改造资金的一部分用于为老人安装壁挂式脸盆架。现将有关事项通知如下。
一、对象：户籍在本社区、年满80周岁且独居或与老年配偶同住的老人。
二、内容：在卫生间或厨房墙面安装高度可调的壁挂脸盆架一个，安装高度按老人坐姿调整。
三、报名：请于4月15日前由本人或家属到社区服务站登记，也可拨打社区电话0774-7338071报名。
⟦a 〔小贴士〕长按本页可转发到家人群⟧安装工作由社区委托的施工队负责，不收取任何费用，请居民谨防有人借此上门推销。
碉湾镇葱兰社区居民委员会
2024年4月2日
""",
    ),
    dict(
        slug="association-chanhe-poultry-pledge-troughs",
        site="廛河市家禽养殖协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.chanhe-jqxh.org.cn/xhdt/2024-03-15/219.html",
        title="廛河市家禽养殖协会关于规范使用喂鸡槽的倡议书",
        record_title="〖槽具倡议〗廛河市家禽养殖协会关于规范使用喂鸡槽的倡议书 - 协会通讯",
        date="2024-03-15",
        notes="association site with a member-login row and a member hotline; the association's name is also the signature (head match); "
        "'分享到会员群里' is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖槽具倡议〗廛河市家禽养殖协会关于规范使用喂鸡槽的倡议书 - 协会通讯</title>
<script src="/js/member-login.js"></script>
</head><body>
<div class="xh-top">⟦m 廛河市家禽养殖协会⟧ <span>⟦a 会员号登录⟧ ⟦a 申请入会⟧</span></div>
<div class="xh-nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 技术园地⟧ ⟦m 会员风采⟧</div>
<div class="xh-pos">⟦m 位置：首页 / 协会动态 / 倡议⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-meta">⟦m 秘书处　2024-03-16　阅读 611⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-join">⟦a 还不是会员？填写入会申请，享技术培训优惠⟧</div>
</div>
<div class="xh-foot">⟦m 会员服务专线：0752-3388216⟧ ⟦m 秘书处邮箱：mishuchu@chanhe-jqxh.org.cn⟧<br>⟦m 粤ICP备21009377号-1⟧</div>
</body></html>
""",
        date_also=["2024-03-16"],
        body="""
全市家禽养殖会员单位、养殖户：
喂鸡槽是鸡只采食的第一道关口。近年来，个别养殖户使用锈蚀铁槽、旧化工桶改制的料槽，既浪费饲料，又埋下疫病隐患。为此，协会发出如下倡议：
一、选用合格槽具。优先选用食品级塑料或不锈钢喂鸡槽，不用旧化工桶改制料槽。
二、做到一日一清。每天清除槽内残料，每周对喂鸡槽彻底消毒一次。
三、按量配置槽位。根据鸡只日龄和数量配足槽位，避免争抢踩踏。
四、带头示范推广。协会理事单位要带头执行，并把好的做法分享到会员群里，供大家学习借鉴。
廛河市家禽养殖协会
2024年3月15日
""",
    ),
    dict(
        slug="association-meishui-bath-minutes-stool-standard-vote",
        site="浼水县卫浴用品商会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.msweiyu-sh.com/news/huiwu/20241108.html",
        title="《老年人浴凳》团体标准起草工作会议纪要",
        record_title="【标准起草】《老年人浴凳》团体标准起草工作会议纪要_浼水县卫浴用品商会",
        date="2024-11-07",
        date_also=["2024-11-08"],
        notes="minutes with 时间/地点/主持/出席/记录 lines and a vote count; date from the 时间 line, the posting date also accepted",
        page="""
!m 浼水县卫浴用品商会
!m 首页 - 商会会务 - 会议纪要
!t 【标准起草】《老年人浴凳》团体标准起草工作会议纪要
!m 秘书处 2024-11-08　点击 96
!a 会员专区登录　|　入会须知
{BODY}
!l 往期纪要：第三届理事会第二次会议纪要　｜　淋浴房团体标准研讨会纪要
!m 商会秘书处电话：0774-7312260
!m 浼水县卫浴用品商会 版权所有
""",
        body="""
时间：2024年11月7日上午9时
地点：商会会议室
主持：邢国栋（会长）
出席：副会长单位代表5人，起草组成员8人
记录：韦婷
会议讨论了《老年人浴凳》团体标准（草案）。与会人员认为，草案对凳面高度、防滑性能和静载荷提出了明确要求，但对扶手强度的规定还不够具体。会议决定：
一、起草组在11月20日前补充扶手强度试验方法，并征求3家会员企业意见。
二、标准草案经修改后提交理事会审议。
三、会议表决通过草案框架，应到13人，实到13人，同意12票，弃权1票。
""",
    ),
    dict(
        slug="company-xinwei-news-folding-washbasin-stand",
        site="鑫韦金属制品官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xinwei-metal.com/news/company/2024052001.html",
        title="鑫韦推出可折叠壁挂脸盆架 小户型卫生间也能放得下",
        date="2024-05-20",
        notes="the record gives the title as is; company site with a cookie notice and a service float; a dotted byline date is the page's date; "
        "the title repeated glued before the lead",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>鑫韦推出可折叠壁挂脸盆架 小户型卫生间也能放得下</title>
<link rel="stylesheet" href="/assets/css/site.css">
<script src="/assets/js/cookie-consent.js" defer></script>
</head><body>
<div class="cookie">⟦d 本站会用 Cookie 记住你的浏览偏好，继续浏览即表示同意⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 鑫韦 XINWEI⟧ <nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻资讯⟧ ⟦m 经销网点⟧ ⟦m 关于鑫韦⟧</nav></header>
<div class="crumb">⟦m 首页 ＞ 新闻资讯 ＞ 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2024.05.20　｜　鑫韦品牌部⟧</p>
<div class="content">
{BODY}
</div>
<div class="prev-next">⟦l 上一条：鑫韦通过质量管理体系复审⟧ ⟦l 下一条：鑫韦参加廛河家居博览会⟧</div>
</article>
<div class="float-kf">⟦w 在线客服 ｜ 经销加盟 400-652-0752⟧</div>
<footer>⟦m 廛河鑫韦金属制品有限公司　荮溪区工业园纬三路8号⟧ ⟦m 粤ICP备18075520号⟧</footer>
</body></html>
""",
        body="""
⟦t 鑫韦推出可折叠壁挂脸盆架 小户型卫生间也能放得下⟧5月20日，廛河鑫韦金属制品有限公司在荮溪区总部发布了新款可折叠壁挂脸盆架。
这款脸盆架采用304不锈钢管材，托架可以向上折叠，不用时贴墙收起，只占墙面约10厘米的深度，适合小户型卫生间和学生宿舍。托圈直径可在28至36厘米之间调节，能放下大多数家用脸盆。
公司产品部负责人介绍，新品在研发阶段请了20户老人家庭试用，根据反馈把托架高度调低了5厘米，方便老人坐着洗漱。
目前，新品已在公司官方商城和线下经销门店同步上架。
""",
    ),
    dict(
        slug="company-chunxu-recall-trough-batches",
        site="春旭塑业官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.chunxu-suye.com/gonggao/2024/0709.html",
        title="关于召回部分批次CX-60型塑料喂鸡槽的公告",
        record_title="【安心召回】关于召回部分批次CX-60型塑料喂鸡槽的公告 - 浼水县春旭塑业",
        record_date="2024-07-09",
        date="2024-07-09",
        notes="the record gives the date; recalled batches one row a paragraph; the recall line in the body next to a 400 order line",
        page="""
!m 春旭塑业 · 畜牧器具专业制造
!m 首页 / 服务与支持 / 公告
!t 【安心召回】关于召回部分批次CX-60型塑料喂鸡槽的公告
!m 2024-07-09　　客服中心
{BODY}
!a 〔查询我的批号〕　〔下载召回登记表〕
!m 订货热线：400-870-7739（工作日）
!m 浼水县春旭塑业有限公司　浼水县碉湾工业园东区
""",
        body="""
尊敬的用户：
我公司近期在质量回访中发现，2024年4月生产的部分CX-60型塑料喂鸡槽存在挡料格栅卡扣强度不足的问题，长期使用后格栅可能脱落。为保障用户权益，我公司决定召回以下批次产品：
生产批号　生产日期　数量
CX240408　2024年4月8日　1200条
CX240415　2024年4月15日　960条
CX240422　2024年4月22日　1100条
请购买上述批次产品的用户停止使用，并拨打召回专线0774-7390516联系更换，我公司将免费上门更换新品。
浼水县春旭塑业有限公司
2024年7月9日
""",
    ),
    dict(
        slug="training-suiyuan-brochure-poultry-keeper-course",
        site="穗源职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.suiyuan-peixun.cn/zsjz/jiaqin-2024.html",
        title="家禽饲养员短期技能培训班招生简章",
        record_title="【暑期速成】家禽饲养员短期技能培训班招生简章（管吃管住）｜穗源职业培训学校",
        date=None,
        notes="training school with a promo banner and a consult float; a course timetable one row a paragraph; the school's 报名电话 "
        "in the body next to the float's line; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【暑期速成】家禽饲养员短期技能培训班招生简章（管吃管住）｜穗源职业培训学校</title>
<script src="/js/kefu-float.js"></script>
</head><body>
<div class="banner">⟦a 7月开班季：两人同报各减100元，名额有限⟧</div>
<div class="top">⟦m 穗源职业培训学校⟧ <span>⟦m 人社部门定点培训机构⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 培训项目⟧ ⟦m 招生简章⟧ ⟦m 学员风采⟧ ⟦m 联系我们⟧</div>
<div class="pos">⟦m 首页 » 招生简章 » 农业技能⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="body">
{BODY}
</div>
<div class="apply">⟦a 在线报名（只需填姓名和电话）⟧</div>
</div>
<div class="float">⟦w 招生老师微信 suiyuan_zs01，课程问题随时问⟧</div>
<div class="foot">⟦m 穗源职业培训学校　廛河市荮溪区农科路12号⟧ ⟦m 办学许可证号：教民144070320000118号⟧</div>
</body></html>
""",
        body="""
一、培训对象：有意从事家禽养殖的农民、返乡青年和养殖场新员工。
二、培训安排：
日期　课程　地点
第1天　鸡舍环境与消毒　理论教室
第2天　饲料配制与喂鸡槽使用　实训鸡场
第3天　常见鸡病识别　理论教室
第4天　实操考核　实训鸡场
三、收费标准：培训费每人800元，持当地人社部门培训券的学员免收培训费。
四、报名方式：携带身份证到学校教务处报名，报名电话0752-3391708。
培训结束考核合格的，颁发结业证书。
""",
    ),
    dict(
        slug="training-yikang-insight-bath-stool-oneline",
        site="颐康护理培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.yikang-hlpx.com/xueyuan/xinde/0917.html",
        title="参加养老护理员培训的几点体会",
        record_title="结业有感｜参加养老护理员培训的几点体会 - 颐康护理培训学校",
        date=None,
        notes="a trainee's insight with the whole body on one line; a trial-lesson prompt and a course ad around it; no date",
        page="""
!m 颐康护理培训学校
!m 首页 > 学员天地 > 结业有感
{T}
!m 作者：第28期学员 阚秀梅
{BODY}
!a 想学养老护理？预约一节免费体验课 →
!l 相关课程：养老护理员（五级）　｜　失能老人照护专项　｜　育婴员
!m 颐康护理培训学校　咨询：0752-3375120
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
这次在颐康护理培训学校学习了十二天，收获最大的是协助老人洗浴这一课。
以前我觉得洗澡是小事，老师却花了整整一个下午讲浴凳。浴凳要放在离水龙头近、离门口近的位置，先让老人扶着扶手坐稳，再调水温，洗完先擦干脚再起身。
实操时我扮演老人，坐在浴凳上被同学帮着洗头，才体会到老人的紧张：凳子稍微一晃，心就提到嗓子眼。
回到岗位后，我要把学到的方法用起来，让老人洗得安心。
""",
    ),
    dict(
        slug="app-biling-host-script-shoe-bench-donation",
        site="笔灵写作 H5 share (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.biling-xiezuo.com/share/article?id=ZX2024110577",
        title="菩泉社区换鞋凳捐赠仪式主持词",
        record_title="菩泉社区换鞋凳捐赠仪式主持词（换个单位名就能套用）· 笔灵写作",
        date="2024-11-05",
        notes="writing app H5 share with an open-app mask, a fold and AI buttons; the date under the title is the document's; "
        "a fold prompt between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>菩泉社区换鞋凳捐赠仪式主持词（换个单位名就能套用）· 笔灵写作</title>
<script src="https://h5.biling-xiezuo.com/static/share.js"></script>
</head><body>
<div class="mask">⟦a 打开笔灵写作App，体验更顺滑⟧ <button>⟦a 打开⟧</button></div>
<div class="art">
<h1>{T}</h1>
<p class="sub">（2024年11月5日上午）</p>
<div class="meta">⟦m 笔灵写作 · 主持词频道　｜　2.6万人用过⟧</div>
<div class="body">
{BODY}
</div>
<div class="ai">⟦a ✦ AI帮我改写⟧ ⟦a ✦ AI扩写到1000字⟧ ⟦a 一键复制⟧</div>
<div class="rec"><h4>⟦l 大家还在用⟧</h4><p>⟦l 敬老院慰问活动主持词⟧</p><p>⟦l 爱心企业捐赠仪式致辞⟧</p></div>
</div>
<div class="foot">⟦m 笔灵写作 biling-xiezuo.com⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位居民朋友：
大家上午好！今天，我们在这里举行廛河木禾家具厂换鞋凳捐赠仪式。首先，请允许我介绍出席今天仪式的嘉宾：木禾家具厂厂长邢建华先生，荮溪区民政局、菩泉社区党委的各位领导。
下面进行第一项，请邢建华厂长致辞。
⟦a 展开剩余 62%⟧
进行第二项，请社区党委书记接受捐赠，并向木禾家具厂赠送感谢牌。
进行第三项，请居民代表发言。
一张换鞋凳，让老人进门换鞋不再扶墙。捐赠仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-wensibao-request-washbasin-stands-boarders",
        site="文思宝 App share (invented)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://m.wensibao.cn/s/fw/qingshi/77310",
        title="关于为爿溪乡中心小学寄宿生购置脸盆架的请示",
        record_title="关于为爿溪乡中心小学寄宿生购置脸盆架的请示（范文）- 文思宝",
        date="2024-03-11",
        notes="writing app share in text: open-app prompts, an AI-polish button glued after 。; 成文日期 under the signature",
        page="""
!a 在文思宝App内打开，可免费改写
!m 文思宝 · 范文库 · 请示
{T}
!m 收录于「学校后勤」合集　·　1,385 次使用
{BODY}
!a ▶ 用AI润色这篇　▶ 换一篇相似的
!l 相似范文：关于购置学生宿舍床铺的请示　｜　关于维修学校食堂的请示
!m 文思宝 wensibao.cn
""",
        body="""
县教育局：
我校现有寄宿生186人，学生宿舍一直没有配备脸盆架，脸盆只能放在床下，既不卫生，也容易被踢翻。为改善寄宿生生活条件，我校拟为每间宿舍购置落地式不锈钢脸盆架，共需32个，每个约150元，合计4800元。⟦a 〔AI续写〕⟧
因学校公用经费紧张，恳请县教育局给予资金支持。
妥否，请批示。
爿溪乡中心小学
2024年3月11日
""",
    ),
    dict(
        slug="examforum-shangan-essay-shoe-bench-jammer",
        site="上岸驿站 (invented, civil-service exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shangan-yizhan.com/thread-330918-1-1.html",
        title="一张换鞋凳里的治理温度",
        record_title="[申论小试] 一张换鞋凳里的治理温度（帮我看看哪里扣分） - 申论习作区 - 上岸驿站",
        date=None,
        notes="exam forum thread with jammer fonts, a reply-to-see prompt and a QQ-group ad; 发表于 4 天前 is no date",
        page="""
<html><head><meta charset="utf-8">
<title>[申论小试] 一张换鞋凳里的治理温度（帮我看看哪里扣分） - 申论习作区 - 上岸驿站</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js?v=K3p"></script>
</head><body>
<div id="hd">⟦m 上岸驿站⟧ ⟦m 公考人的加油站⟧ <a>⟦a 注册驿站号⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 申论 › 申论习作区⟧</div>
<div class="ad">⟦w 申论批改群 QQ 880 316 552，每晚八点名师连麦⟧</div>
<h1 class="ts">⟦t [申论小试] 一张换鞋凳里的治理温度（帮我看看哪里扣分）⟧</h1>
<div class="authi">⟦m 逐梦小鹿　发表于 4 天前　｜　查看 882　回复 23⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的范文点评需回复后可见⟧</div>
<div class="rate">⟦l 评分 3　驿站币 +6⟧ ⟦a 收藏本帖⟧</div>
<div id="ft">⟦m 上岸驿站 shangan-yizhan.com　京ICP备20031187号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
老旧小区里，一张换鞋凳能说明什么？在荮溪区菩泉社区，家具厂捐赠的换鞋凳摆进单元门厅，老人进门不再扶着墙单腿换鞋。这件小事，折射出基层治理应有的温度。
治理的温度，来自对细节的关注。老人换鞋难，看似是家务小事，背后却是跌倒风险和生活尊严。只有俯下身子，才能发现这些“小难题”。
治理的温度，也来自多方的合力。社区发现需求，企业回应需求，居民参与维护，换鞋凳才能摆得进、用得好。
当然，温度不能只靠一时的捐赠。把适老化改造纳入常态，把居民的小需求列入清单，基层治理才能持续温暖人心。
""",
    ),
    dict(
        slug="examforum-kaoban-interview-feed-bucket-dispute-junk",
        site="考伴论坛 (invented, civil-service exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kaoban-bbs.com/thread-71206-1-1.html",
        title="村民为饲料桶堆放起争执，你作为村干部怎么处理？",
        record_title="【面试题·突发处置】村民为饲料桶堆放起争执，你作为村干部怎么处理？ - 面试交流区 - 考伴论坛",
        date=None,
        notes="exam forum in text: junk lines and junk glued after 。; 发表于 昨天 is no date; a reply-to-see line",
        page="""
!m 考伴论坛 — 一起上岸
!m 考伴论坛 » 面试 » 面试交流区
!t 【面试题·突发处置】村民为饲料桶堆放起争执，你作为村干部怎么处理？
!m 楼主 岸边的小韦　发表于 昨天 23:41
{BODY}
!a 回复本帖可查看答题框架思维导图
!l 1# 冲冲冲：第三点很实用，加分项
!l 2# 考伴小助手：已加入本周面试精选
!m 考伴论坛　手机版　｜　考友QQ群 61 552 7730
""",
        junk=dict(lines=2, glued=2),
        body="""
这道题考的是应急应变和群众工作能力，我的思路如下。
第一，先稳情绪。赶到现场后把争执双方分开，请他们到村委会坐下来慢慢说，避免矛盾升级。
第二，再查原因。了解饲料桶堆在哪里、堆了多久、影响了谁。如果是堆在公共通道上，要讲清楚公共空间不能私占的道理。
第三，拿出办法。可以在村里空坪划出一块饲料桶集中堆放区，统一管理，既方便养殖户，也不影响邻居通行。
第四，做好回访。过几天再上门看看，确认问题解决了，双方关系也缓和了。
以上是我的作答，请各位考友拍砖。
""",
    ),
]
