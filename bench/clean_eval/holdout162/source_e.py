"""holdout162, part E: written blind. Invented counties, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="anthology-songchuang-essay-marbles-html",
        site="松窗集 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="https://songchuangji.example.net/vol2/17.html",
        title="玻璃弹珠",
        record_title=None,
        date=None,
        notes="personal collection reader with chapter nav and a collection header; title only on the page; an update year is no date",
        page="""
<html><head><meta charset="utf-8"><title>松窗集 · 卷二</title></head><body>
<div class="c-head">⟦m 松窗集　卷二　童年杂忆⟧</div>
<div class="c-nav">⟦l 目录 ｜ 上一篇：铁皮青蛙 ｜ 下一篇：露天电影⟧</div>
<h2>{T}</h2>
<div class="c-meta">⟦m 更新于2024年　字数 612⟧</div>
{BODY}
<div class="c-nav2">⟦l ← 铁皮青蛙　　返回目录　　露天电影 →⟧</div>
<div class="c-ft">⟦d 松窗集文字为作者原创，未经同意请勿转载。⟧</div>
</body></html>
""",
        body="""
我们那条巷子里，男孩子的口袋都是鼓的，里面装的是玻璃弹珠。
弹珠有两种，一种是透明里嵌着彩色花瓣的，我们叫“猫眼”；一种是纯色的，不值钱，只能当本钱。
玩法很简单，在泥地上挖一个小坑，从三步外往坑里弹，谁先进坑谁就能去打别人的珠子，打中了就归自己。
我最好的战绩是一个下午赢了二十七颗，用手帕包着带回家，被母亲骂了一顿，说手帕是上学擦鼻涕的。
后来巷子拆了，弹珠也不知去向。前些年在超市看见一袋袋的玻璃弹珠，我站在货架前看了很久，终究没有买。
""",
    ),
    dict(
        slug="dangjian-pushan-lesson-mosquito-coil",
        site="蒲山机关党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://jgdj.pushan.example.gov.cn/dk/2025/0715/611.html",
        title="从一盘蚊香看安全生产责任——在蚊香厂党支部主题党日上的党课",
        record_title="【党课讲稿】从一盘蚊香看安全生产责任——在蚊香厂党支部主题党日上的党课",
        date="2025-07-15",
        notes="Party lecture; speaker line and date line under the title neutral (date also expected); source/editor line; prev/next",
        page="""
!m 蒲山机关党建网　◆　党员教育　◆　党课讲稿
{T}
主讲人：蒲山县日化轻工企业联合党委书记　霍卫平
（2025年7月15日）
!m 来源：联合党委　作者：霍卫平　编辑：宁采　浏览：96
{BODY}
!l 前一篇：关于开展“两优一先”评选表彰的通知
!l 后一篇：非公企业党建工作经验交流材料
!m 中共蒲山县直属机关工作委员会　版权所有
""",
        body="""
同志们：
今天我们在车间里上党课，先请大家看看手里这盘蚊香。它小小一盘，要经过配料、压片、烘干、包装十几道工序，任何一道出了问题，都可能引发火灾。
去年邻县一家蚊香厂因烘干房温控失灵引发火灾，教训十分深刻。安全生产不是车间主任一个人的事，每一名党员都要当好安全员。
我提三点要求：一是党员要带头执行操作规程，不违章、不冒险；二是每名党员联系一道工序，每周开展一次隐患排查；三是发现隐患立即报告、立即整改。
让我们用实际行动，把党旗插在安全生产第一线。
""",
    ),
    dict(
        slug="hospital-ningkang-notice-electric-blanket",
        site="宁康县中医院 (invented)",
        style="医院官网",
        genre="健康提示",
        kind="notice",
        form="text",
        source="https://www.nkzyy.example.cn/jkkp/2025/1201-88.html",
        title="冬季使用电热毯的健康提示",
        record_title="冬季使用电热毯的健康提示_健康科普_宁康县中医院",
        date="2025-12-01",
        notes="hospital site text extract; junk glued after sentences; department phone beside the appointment line in the footer",
        junk=dict(lines=0, glued=2),
        page="""
!m 宁康县中医院　|　仁心　仁术　厚德　精诚
!m 首页 ＞ 健康科普 ＞ 正文
{T}
!m 作者：治未病科　发布于：2025-12-01　阅读 305
{BODY}
!w 预约挂号：关注“宁康县中医院”服务号或拨打 0734-6126000
!l 相关文章：冬季养生八字诀｜泡脚的讲究
!m 宁康县中医院　地址：宁康县中山北路20号　湘ICP备16017725号
""",
        body="""
入冬以来，不少市民习惯开着电热毯睡觉，但长时间使用电热毯可能带来口干、皮肤干燥甚至低温烫伤等问题。
治未病科医生提醒：
一、睡前半小时开启预热，入睡时关闭或调至低档，不要整夜开着。
二、婴幼儿、孕妇、糖尿病患者和感觉迟钝的老年人不宜使用电热毯。
三、电热毯不要折叠使用，发现线路发热不均或有焦味应立即停用。
四、使用电热毯期间要多喝水，可在床头放一杯温水。
咨询电话：0734-6126175（治未病科）
""",
    ),
    dict(
        slug="university-huaide-minutes-dishwasher",
        site="怀德学院后勤处 (invented)",
        style="高校官网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://hqc.huaide.example.edu.cn/info/1051/3902.htm",
        title="学生食堂餐具洗消改造专题会议纪要",
        record_title="学生食堂餐具洗消改造专题会议纪要-后勤管理处",
        date="2025-06-05",
        notes="university logistics sub-site; minutes with 时间/地点/主持/出席/记录 lines; vote count; the date only in the minutes",
        page="""
!m 怀德学院后勤管理处　　服务师生　保障有力
!m 首页 → 工作动态 → 会议纪要
{T}
!m 点击数：212　【关闭】
{BODY}
!l 上一条：关于暑期学生公寓维修的通知
!l 下一条：校园绿化养护招标公告
!m Copyright © 怀德学院后勤管理处　地址：怀德市大学城南路1号
""",
        body="""
时间：2025年6月5日下午3:00
地点：后勤管理处第二会议室
主持：后勤管理处处长　严志成
出席：饮食服务中心、资产处、财务处、审计处相关负责人
记录：袁梦
会议研究了第一、第二学生食堂餐具洗消设备改造事项，形成如下意见：
一、同意采购两台长龙式商用洗碗机，替换现有的人工洗消线，预算控制在68万元以内。
二、改造工程在暑假期间完成，9月1日前投入使用。
三、饮食服务中心负责编制操作规程并组织员工培训。
表决结果：应到7人，实到7人，同意7票。
""",
    ),
    dict(
        slug="localforum-lingbei-post-water-gun-html",
        site="岭北社区论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.lingbeibbs.example.com/thread-31022-1-1.html",
        title="泼水节玩水枪文明倡议",
        record_title="泼水节玩水枪文明倡议 - 岭北杂谈 - 岭北社区论坛",
        date="2025-04-08",
        date_also=["2025-04-09"],
        notes="county forum with jammer fonts; 置顶 tags; reply box; document's own signature date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>泼水节玩水枪文明倡议 - 岭北杂谈 - 岭北社区论坛</title>
<style>.jammer{display:none}</style></head><body>
<div class="hd">⟦m 岭北社区论坛⟧ ⟦a 快捷登录 | 注册⟧</div>
<div class="pos">⟦m 岭北社区论坛 » 岭北杂谈 » 置顶公告⟧</div>
<h1>⟦t [置顶] 泼水节玩水枪文明倡议⟧</h1>
<div class="author">⟦m 版主：岭北小喇叭　发表于 2025-4-9 10:02⟧</div>
<div class="msg">
{BODY}
</div>
<div class="reply">⟦l 快速回复：说点什么吧……⟧</div>
<div class="ft">⟦m 岭北社区论坛　滇ICP备13004112号⟧</div>
</body></html>
""",
        body="""
各位游客、居民朋友：
泼水节即将到来，泼水祈福是美好的民族传统。为了让大家玩得开心、玩得安全，我们倡议：
一、不向老人、小孩、孕妇和不愿参与的人泼水，不向行驶中的车辆和骑车人泼水。
二、不使用高压电动水枪，不在水中添加颜料、冰块等物品。
三、节后把水枪、塑料盆带走，不乱扔垃圾。
岭北镇文化旅游服务中心
2025年4月8日
""",
    ),
    dict(
        slug="download-yuzhi-rules-humidifier",
        site="育知资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.yuzhizl.example.com/down/9822.html",
        title="幼儿园加湿器与空气净化器使用管理制度",
        record_title="幼儿园加湿器与空气净化器使用管理制度.wps",
        date=None,
        notes="download page: file info, mirror links, report-error line; file-name title; a template placeholder date is no date",
        page="""
!m 育知资料下载站 — 幼教资料一站下
!m 资料类别：园所管理　文件大小：22K　授权：免费
!m 更新日期：2025-02-11　下载：1,406次
{T}
{BODY}
!a ⇩ 本地下载一　⇩ 本地下载二　⇩ 镜像下载
!a 链接失效请点此反馈
!d 资料均由网友提供，仅供参考，请下载后24小时内删除。
""",
        body="""
第一条　为规范幼儿园加湿器和空气净化器的使用，保障幼儿健康，制定本制度。
第二条　加湿器每日换水，每周清洗消毒一次，使用纯净水或凉开水，不得添加香薰、消毒液。
第三条　空气净化器滤网按说明书规定周期更换，更换记录由保健医生签字确认。
第四条　设备放置在幼儿不易触及的位置，电源线不得横穿活动区域。
第五条　本制度自____年__月__日起执行。
××幼儿园
××××年××月××日
""",
    ),
    dict(
        slug="exam-pingjiang-notice-written-exam",
        site="平江市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.pingjiang.example.gov.cn/ksxx/2025/1106/412.html",
        title="平江市2025年下半年事业单位公开招聘笔试温馨提示",
        record_title="平江市2025年下半年事业单位公开招聘笔试温馨提示",
        record_date="2025-11-06",
        date="2025-11-06",
        notes="record title and date; printing the admission ticket is content; the centre's phone beside the site's technical line",
        page="""
!m 平江市人事考试网
!m 首页 | 考试信息 | 温馨提示
{T}
!m 发布机构：市人事考试院　2025-11-06　阅读：12033
{BODY}
!w 系统技术咨询：0738-3300901（工作日）
!l 相关链接：准考证打印入口　成绩查询入口
!m 平江市人事考试院　赣ICP备08022018号
""",
        body="""
各位考生：
平江市2025年下半年事业单位公开招聘笔试将于11月15日举行。为确保考试顺利进行，现将有关事项提示如下：
一、请于11月11日至14日登录平江市人事考试网自行打印准考证，并仔细核对考点地址。
二、考生须携带准考证和有效居民身份证原件，二者缺一不得入场。
三、冬季早晨易起雾，请提前规划出行路线，开考30分钟后不得入场。
四、考生不得携带手机、智能手表等电子设备进入考场，一经发现按违纪处理。
咨询电话：0738-3300112（市人事考试院考务科）
平江市人事考试院
2025年11月6日
""",
    ),
    dict(
        slug="tender-qinghai-notice-baby-bottles",
        site="青淮区政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://zfcg.qinghuai.example.gov.cn/cgxx/2025/0922/631.html",
        title="青淮区妇幼保健院母婴用品（奶瓶、奶嘴等）采购项目询价公告",
        record_title="【采购公告】青淮区妇幼保健院母婴用品（奶瓶、奶嘴等）采购项目询价公告",
        date="2025-09-22",
        notes="procurement notice; lot table; purchaser and agency contacts beside a CA hotline; downloading the file is content",
        page="""
!m 青淮区政府采购网　　阳光采购　廉洁高效
!m 当前位置：采购信息 » 询价公告
{T}
!m 发布时间：2025-09-22 17:30　项目编号：QHCG-XJ-2025-0213
{BODY}
!w CA数字证书办理及技术支持：400-600-7728
!l 上一篇：区第二中学实验耗材采购更正公告
!m 青淮区财政局主办
""",
        body="""
一、项目名称：青淮区妇幼保健院母婴用品（奶瓶、奶嘴等）采购项目
二、采购内容
序号　品名　数量　最高限价（元）
1　玻璃奶瓶（120ml）　3000个　36000
2　硅胶奶嘴　6000个　18000
3　奶瓶清洗消毒器　10台　25000
三、供应商须具有医疗器械经营备案凭证，产品符合国家食品接触材料相关标准。
四、请于2025年9月23日至9月28日在青淮区政府采购网下载询价文件，逾期不予受理。
五、联系方式
采购人：青淮区妇幼保健院　联系人：林素　电话：0736-5512280
代理机构：青淮公信项目管理有限公司　联系人：陈彦　电话：0736-5530914
""",
    ),
    dict(
        slug="lawfirm-boshi-template-car-seat-html",
        site="博实律师事务所 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.boshilaw.example.com/templates/2025/car-seat-rental.html",
        title="儿童安全座椅租赁合同（范本）",
        record_title="律师范本丨儿童安全座椅租赁合同（范本）",
        date=None,
        notes="law firm with a consult card; template placeholders (××、____) kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>儿童安全座椅租赁合同（范本）-博实律师事务所</title></head><body>
<div class="lf-top">⟦m 博实律师事务所⟧ ⟦m 专业　诚信　高效⟧</div>
<div class="lf-nav">⟦m 首页　律所简介　专业领域　合同范本　联系我们⟧</div>
<h1>{T}</h1>
<div class="lf-meta">⟦m 栏目：合同范本　下载量：381⟧</div>
{BODY}
<div class="card">⟦w 合同审查、起草请咨询：李律师 138-0731-5526⟧</div>
<div class="lf-note">⟦d 本范本仅供参考，使用前请结合具体情况修改，本所不承担因直接使用范本产生的责任。⟧</div>
<div class="lf-ft">⟦m 博实律师事务所　湘ICP备19008117号⟧</div>
</body></html>
""",
        body="""
出租方（甲方）：____________
承租方（乙方）：____________
第一条　租赁物：儿童安全座椅一台，品牌型号为××，适用体重为____公斤至____公斤。
第二条　租期自____年__月__日起至____年__月__日止，租金每月____元。
第三条　甲方应保证座椅符合国家强制性认证要求，交付前进行清洁消毒。
第四条　乙方应按说明书正确安装使用，因乙方使用不当造成损坏的，按实际损失赔偿。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。
""",
    ),
    dict(
        slug="community-fengyi-notice-emergency-kit-html",
        site="枫宜社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fengyisq.example.com/gg/2025/0514.html",
        title="关于为辖区独居老人配发家庭应急包的通知",
        record_title="关于为辖区独居老人配发家庭应急包的通知",
        date="2025-05-13",
        date_also=["2025-05-14"],
        notes="residents' site with a property hotline; a numbered list of items in the kit; the community's contact kept",
        page="""
<html><head><meta charset="utf-8"><title>枫宜社区网</title></head><body>
<div class="sq-top">⟦m 枫宜社区网⟧ ⟦m 家门口的服务站⟧</div>
<div class="sq-nav">⟦m 社区动态 | 便民服务 | 党群之家 | 居民议事⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布日期：2025-05-14　发布人：枫宜社区　阅读 188⟧</div>
{BODY}
<div class="sq-hot">⟦w 枫宜物业服务热线 0737-2220999（24小时）⟧</div>
<div class="sq-share">⟦a 转给家人　　收藏　　打印⟧</div>
<div class="sq-ft">⟦d 枫宜社区居委会 © 2025⟧</div>
</body></html>
""",
        body="""
辖区各位居民：
5月12日是全国防灾减灾日。为提高独居老人应对突发事件的能力，社区为辖区62户独居老人免费配发家庭应急包。应急包内含：
1.手摇充电手电筒一只
2.应急饮用水和压缩饼干
3.急救包（含创可贴、纱布、碘伏棉签）
4.应急哨和保温毯
配发工作由网格员上门完成，并现场讲解使用方法。如有遗漏，请与社区联系。
联系人：网格长　金晓梅　电话：0737-2218506
枫宜社区居民委员会
2025年5月13日
""",
    ),
]
