"""holdout239, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text page each).

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-dengzhou-essay-tower-reply-to-see",
        site="登舟公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.dengzhouGK.com/thread-772041-1-1.html",
        title="一座信号塔连起山里山外",
        record_title="[申论练兵] 一座信号塔连起山里山外（附名师短评）- 申论交流 - 登舟公考论坛",
        date=None,
        notes=(
            "exam forum: a reply-to-see prompt, a rating row and a QQ-group ad; an 'edited' aside glued after the "
            "last 。; 5 天前 is no date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[申论练兵] 一座信号塔连起山里山外（附名师短评）- 申论交流 - 登舟公考论坛</title></head><body>
<div class="sa-top">⟦m 登舟公考论坛⟧ ⟦m 一起备考，一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="sa-path">⟦m 登舟公考论坛 › 申论交流 › 范文习作⟧</div>
<div class="sa-qq">⟦w 申论批改交流群：QQ 70331846，进群备注“上岸”⟧</div>
<div class="sa-post">
<div class="sa-user">⟦m 稳稳上岸2026⟧ ⟦m 发表于 5 天前⟧</div>
<h2>{T}</h2>
<div class="sa-msg">
{BODY}
</div>
<div class="sa-hide">⟦a 【隐藏内容】批改意见回复本帖后可见⟧</div>
<div class="sa-rate">⟦a 评分 3 人　积分 +6　收起理由⟧</div>
<div class="sa-op">⟦a 回复　引用　收藏　分享⟧</div>
</div>
<div class="sa-reply"><p>⟦l 沙发 考公的小熊：结尾那句刻度用得好⟧</p></div>
<div class="sa-ft">⟦m 登舟公考论坛　Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
在群山深处，一座信号塔拔地而起。对山里人来说，它不只是一根钢铁立柱，更是一条连通山里山外的“信息之路”。
信号塔打通了民生的“最后一公里”。过去，山里老人看病要翻山越岭去镇上，如今通过远程问诊，在村卫生室就能和县医院医生面对面。孩子们借助网络课堂，也能听到城里名师讲课。
信号塔拓宽了致富的“新通道”。有了稳定的网络，山货搭上直播快车，一根笋、一罐蜜走出大山，走进了千家万户。
当然，建一座塔容易，用好一座塔不易。既要加强后期维护，防止“建而不管”；也要开展数字技能培训，让群众会用、敢用、用得好。
一座座信号塔，是数字乡村的坐标，更是民生温度的刻度。⟦m （本帖最后由 稳稳上岸2026 于 5 天前 重新编辑）⟧
""",
    ),
    dict(
        slug="examforum-dengzhou-interview-plates-junk",
        site="登舟公考论坛 (invented, text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.dengzhouGK.com/thread-780316-1-1.html",
        title="门牌号混乱导致快递送错，你怎么处理？",
        record_title="[面试模拟] 门牌号混乱导致快递送错，你怎么处理？（附答题提纲）- 结构化面试 - 登舟公考论坛",
        date=None,
        notes="exam-forum answer as text with junk lines and junk glued after 。; 6 小时前 is no date",
        page="""
!m 登舟公考论坛 › 结构化面试 › 真题演练
!t [面试模拟] 门牌号混乱导致快递送错，你怎么处理？（附答题提纲）
!m 社区岗冲冲冲　发表于 6 小时前　查看 580　回复 14
{BODY}
!l 2楼 面霸养成中：思路清晰，第二点可以再展开
!l 3楼 小岸：楼宇分布图这个细节加分
!a 登录后可参与讨论及下载真题包
!m 登舟公考论坛　Powered by Discuz!
""",
        junk=dict(lines=1, glued=2),
        body="""
我的答题思路是“先摸清、再协调、后长效”，供大家参考。
首先，摸清情况。我会和网格员一起逐栋核对门牌，弄清是缺失、重号还是标识不清，同时走访快递站点和居民，了解哪些楼栋最容易送错。
其次，协调解决。对缺失、破损的门牌，及时报街道民政部门补钉更换；对重号问题，提请民政部门重新编号，并协助居民办理地址变更。在门牌更换到位之前，我会在小区入口设置楼栋分布图，给快递外卖小哥提供指引。
最后，建立长效机制。把门牌巡查纳入网格日常工作，发现损坏随时上报；同时建立社区和快递企业的沟通群，有问题第一时间反馈。
以上，欢迎各位研友拍砖。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-vane-h1-head",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/风向标/2287104",
        title="风向标",
        record_title=None,
        date=None,
        notes=(
            "encyclopaedia entry without a record title (the <h1>, which also opens the body: matched as head); "
            "edit/discuss/history tabs, infobox, contents box, reference markers glued after 。"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知源百科_你身边的知识源</title></head><body>
<div class="zy-top">⟦m 知源百科⟧ <a>⟦a 进入词条⟧</a> <a>⟦a 帮助⟧</a></div>
<div class="zy-tabs">⟦a 编辑　讨论　历史版本⟧</div>
<h1 class="zy-title">{T}</h1>
<div class="zy-sub">⟦m 测定风向的气象仪器⟧</div>
<div class="zy-info"><table>
<tr><td>⟦m 中文名：风向标⟧</td><td>⟦m 外文名：wind vane⟧</td></tr>
<tr><td>⟦m 用　途：指示风的来向⟧</td><td>⟦m 组　成：指针、尾翼、转轴、方位杆⟧</td></tr>
</table></div>
<div class="zy-toc">⟦l 目录　1 原理　2 历史　3 现代应用⟧</div>
<div class="zy-text">
{BODY}
</div>
<div class="zy-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《地面气象观测规范》编写组，风向风速观测章节⟧</p></div>
<div class="zy-stat">⟦m 词条浏览：18万次　编辑次数：23次⟧</div>
<div class="zy-ft">⟦d 知源百科词条内容由网友协作编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
风向标是一种用来指示风向的仪器，通常由指针、尾翼、转轴和方位指示杆四部分组成，多安装在建筑物顶部或开阔的观测场地上。
其原理是：尾翼的受风面积大于指针，风吹来时尾翼被推向下风方向，指针便指向风的来向。因此，风向标所指的方向就是风的来向，如指针指北即为北风。⟦l [1]⟧
风向标的历史十分悠久。中国东汉时期已有“相风铜乌”的记载，欧洲中世纪的教堂顶上则常见公鸡造型的风向标。
现代气象观测中，风向一般用16个方位或0°至360°的角度表示，自动气象站使用的风向传感器在原理上与风向标相同。除了实用功能，风向标也常被制成鱼、船、动物等造型，成为建筑装饰的一部分。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-strap-text-suffix",
        site="知源百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiyuan.wiki/item/表带/1150937",
        title="表带",
        record_title="表带（手表部件）_知源百科",
        date=None,
        notes="encyclopaedia entry as text with a disambiguation aside in the record title; infobox lines and tabs; no date",
        page="""
!m 知源百科
!a 编辑　|　讨论　|　历史版本
!t 表带（手表部件）
!m 同义词：表链
!m 中文名：表带　　常见宽度：18～22毫米　　连接件：生耳
{BODY}
!l 词条标签：钟表　配件　生活用品
!m 本词条由“钟表爱好者联盟”编辑维护　最近更新：4 天前
!d 知源百科提醒：词条内容仅供参考
""",
        body="""
表带是连接表壳并将手表固定在手腕上的带状部件，又称表链。按材质可分为皮革表带、金属表带、硅胶（橡胶）表带、织物表带和陶瓷表带等。
表带宽度一般以表耳内侧间距计算，常见规格有18毫米、20毫米、22毫米等。表带通过生耳与表壳连接，近年来出现的快拆式生耳可不借助工具更换表带。
皮革表带透气、质感好，但怕水怕汗；金属表带耐用，但部分含镍材料可能引起皮肤过敏；硅胶表带防水、轻便，多用于运动表和智能手表；织物表带轻薄透气，适合夏季佩戴。
表带的保养应注意：皮革表带避免沾水和长时间暴晒；金属表带定期用软刷清洁缝隙；硅胶表带可用清水冲洗后晾干。
""",
    ),
    dict(
        slug="netdisk-kuaipan-instruction-blinds-cleaning-pdf",
        site="快盘云 分享预览 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.kuaipanyun.com/s/1Qx7bLmzT4",
        title="百叶窗清洗作业指导书",
        record_title="保洁部-百叶窗清洗作业指导书-V2.pdf",
        date=None,
        notes=(
            "cloud-drive preview of a work instruction with decimal headings 1–4.3; VIP prompts, a share expiry "
            "and a save button; no date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>保洁部-百叶窗清洗作业指导书-V2.pdf_快盘云分享</title></head><body>
<div class="kp-top">⟦m 快盘云⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="kp-file"><h2>{T}</h2>
<p>⟦m 保洁部-百叶窗清洗作业指导书-V2.pdf　312KB⟧</p>
<p>⟦m 分享者：净界物业保洁部　｜　有效期：永久有效⟧</p></div>
<div class="kp-btn">⟦a 保存到我的快盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="kp-preview">
{BODY}
</div>
<div class="kp-vip">⟦a 非会员仅可预览前5页，开通会员看全部⟧</div>
<div class="kp-ft">⟦d 快盘云严禁分享违法内容，如发现请举报⟧ ⟦m ©2025 kuaipanyun.com⟧</div>
</body></html>
""",
        body="""
1 适用范围
本指导书适用于写字楼、医院、学校等场所室内铝合金及木质百叶窗的日常清洗作业。
2 工具与材料
伸缩杆百叶刷、超细纤维手套、中性清洁剂、喷壶、人字梯、防护眼镜。
3 作业步骤
3.1 将叶片调至水平全开状态，自上而下用百叶刷除去浮尘。
3.2 戴上超细纤维手套，蘸取稀释后的清洁剂，逐片夹住叶片由一端擦向另一端。
3.3 将叶片翻转至另一面，重复上述步骤。
3.4 油污较重的叶片，可整体拆下浸泡后清洗，晾干后再装回。
4 注意事项
4.1 使用人字梯时须有专人扶梯，严禁站在梯子顶层作业。
4.2 木质百叶窗禁止用水浸泡，只能用微湿抹布擦拭。
4.3 医院病房百叶窗清洗后须按院感要求消毒并登记。
""",
    ),
    dict(
        slug="netdisk-nasyun-plan-strap-6s-docx-markers",
        site="家庭NAS分享页 (invented, text)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://nas.hengnuo-share.cn:5000/sharing/kV3mQ8",
        title="表带车间6S管理推行实施方案",
        record_title="表带车间6S管理推行实施方案.docx",
        date="2025-06-25",
        notes="file-name record title; page markers ⊚第n页⊚ on lines of their own cut sentences; 成文日期 at the end",
        page="""
!m NAS文件分享 · 在线预览
!m 文件：表带车间6S管理推行实施方案.docx（41KB）
!a 下载　｜　用Office在线打开
{BODY}
!m 分享链接将于 7 天后失效
!d 此分享由个人设备提供，内容与存储服务商无关
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⊚第{n}页⊚", every=150, start=2),
        body="""
为进一步改善表带车间现场环境，提高生产效率和产品质量，公司决定在表带车间全面推行6S管理，特制定本方案。
一、工作目标
用三个月时间，使车间物品定置率达到100%，模具、刀具取用时间缩短一半，因现场管理原因造成的质量问题下降50%以上。
二、实施步骤
第一阶段（7月）为整理整顿阶段，清理车间内长期不用的皮料边角、废旧模具，对工装夹具实行划线定位、标签管理。
第二阶段（8月）为清扫清洁阶段，落实区域责任人，每天下班前十分钟全员清扫，每周五开展交叉检查。
第三阶段（9月）为素养安全阶段，开展6S知识竞赛和优秀班组评比，把6S要求写入岗位操作规程。
三、保障措施
成立由生产副总任组长的推行小组，每月通报检查结果，并与班组绩效挂钩。
骥川恒诺表业有限公司
2025年6月25日
""",
    ),
    dict(
        slug="snapshot-suxun-notice-tower-kites-frame",
        site="速寻网页快照 (invented search cache)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.suxun.com/c?u=zoushui.gov.cn/tzgg/2025/0401/6620.html",
        title="关于加强通信信号塔周边安全管理的通告",
        record_title="关于加强通信信号塔周边安全管理的通告 - 驺水县人民政府 - 速寻快照",
        date="2025-04-01",
        notes=(
            "search-cache frame: capture banner with the snapshot stamp (no date) and a searched-terms line, "
            "the cached portal's own chrome; 成文日期 under the signature"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于加强通信信号塔周边安全管理的通告 - 驺水县人民政府 - 速寻快照</title></head><body>
<div class="sx-banner"><p>⟦d 您正在查看速寻保存的网页副本，原网页可能已变更⟧</p><p>⟦m 速寻于 2025-05-17 11:02 抓取此页⟧</p><p>⟦a 查看当前原网页⟧ ⟦a 纯文字版⟧</p><p>⟦m 已为您标出检索词：信号塔 放风筝⟧</p></div>
<div class="cached">
<div class="zs-head">⟦m 驺水县人民政府⟧</div>
<div class="zs-path">⟦m 首页 &gt; 信息公开 &gt; 公告栏⟧</div>
<h2>{T}</h2>
<div class="zs-info">⟦m 来源：县工业和信息化局　浏览：1207⟧</div>
<div class="zs-con">
{BODY}
</div>
<div class="zs-ft">⟦m 驺水县人民政府办公室 主办⟧</div>
</div>
</body></html>
""",
        p_html='<p class="hl">{}</p>',
        body="""
为保障全县通信网络安全畅通，防止发生触电伤亡事故，根据有关法律法规，现就信号塔周边安全管理有关事项通告如下：
一、严禁在通信信号塔、天线及其配套电力线路周边100米范围内放风筝、燃放孔明灯和操控无人机。
二、严禁攀爬信号塔塔体、拆卸塔上设备和接地装置。
三、严禁在信号塔基础周围取土、挖砂、堆放易燃物品。
四、发现信号塔倾斜、塔上设备脱落等险情的，请立即远离，并向当地乡镇政府或运营企业报告。
违反本通告规定的，由有关部门依法处理；构成犯罪的，依法追究刑事责任。
本通告自发布之日起施行。
驺水县人民政府
2025年4月1日
""",
    ),
    dict(
        slug="snapshot-suxun-police-plates-scam-textonly",
        site="速寻网页快照 纯文字版 (invented)",
        style="搜索快照",
        genre="警示",
        kind="notice",
        form="text",
        source="http://cache.suxun.com/t?u=mp.qinhugaj.cn/a/20250516",
        title="警惕！有人冒充社区上门“换门牌”收费",
        record_title="〔文字缓存版〕警惕！有人冒充社区上门“换门牌”收费",
        date="2025-05-16",
        notes=(
            "text-only cache of a police account's warning: the snapshot stamp is no date; signature and date at "
            "the end; 110 and a community phone in the body"
        ),
        page="""
!d 这是速寻对 mp.qinhugaj.cn/a/20250516 的纯文字缓存，页面图片与样式已略去。
!m 快照生成于 2025年6月2日 03:14
!m 骎湖公安 › 防骗提醒
{T}
{BODY}
!l 点击查看：近期高发的五类电信诈骗
!a 返回速寻结果页
""",
        body="""
近期，骎湖区部分小区出现陌生人冒充社区工作人员，以“门牌统一更换、每户收取工本费”为名上门收费的情况，已有多名老人上当。
骎湖公安分局提醒广大居民：
一、本次门牌更换由区民政局统一组织，全部免费，不会向居民收取任何费用。
二、社区工作人员上门均佩戴工作证，居民可拨打社区电话核实身份。
三、遇到上门收费的，请不要开门，不要转账，并立即拨打110报警。
请大家把这条提醒告诉家里的老人。
骎湖公安分局
2025年5月16日
""",
    ),
    dict(
        slug="print-zoushui-qixiang-notice-vane-maintenance",
        site="驺水气象 打印视图 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zs.qxj.gov.cn/tzgg/2025/0506/print_1189.html",
        title="关于开展区域自动气象站风向标及风速仪集中检修的通知",
        record_title="〔供打印〕关于开展区域自动气象站风向标及风速仪集中检修的通知-驺水气象",
        date="2025-05-06",
        notes=(
            "print view calling window.print(): print and close buttons, a URL line, a print footer "
            "(第 1 页 ⍡ 共 1 页); 成文日期 under the signature"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔供打印〕关于开展区域自动气象站风向标及风速仪集中检修的通知-驺水气象</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关闭本窗口〕⟧</div>
<div class="pr-head">⟦m 驺水县气象局⟧</div>
<h2>{T}</h2>
<div class="pr-info">⟦m 打印时间：2025-05-08 09:31⟧</div>
<div class="pr-con">
{BODY}
</div>
<div class="pr-url">⟦m 本页网址：http://zs.qxj.gov.cn/tzgg/2025/0506/1189.html⟧</div>
<div class="pr-foot">⟦p 第 1 页 ⍡ 共 1 页⟧</div>
</body></html>
""",
        body="""
各乡镇气象观测站：
为确保汛期气象观测数据准确可靠，县气象局决定于5月中旬对全县区域自动气象站风向标及风速仪开展一次集中维护检修。现将有关事项通知如下：
一、检修内容：检查风向标转动是否灵活、指北方位是否准确；清洁风速仪风杯轴承；紧固支架和防雷接地。
二、时间安排：5月12日至5月20日，县局技术保障科分两组巡回检修，具体日程另行电话通知。
三、工作要求：各站点要提前清理观测场杂草，准备好登杆梯具；检修期间做好数据备注，避免出现异常记录。
驺水县气象局
2025年5月6日
""",
    ),
    dict(
        slug="print-acut-bulletin-dorm-blinds-footer",
        site="骜城理工学院学生工作部 打印页 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="https://xgb.acut.edu.cn/tzgg/print.jsp?id=20251118",
        title="关于学生宿舍百叶窗损坏情况的通报",
        record_title="〖打印友好版〗关于学生宿舍百叶窗损坏情况的通报",
        date="2025-11-18",
        notes="print view as text: a print-time stamp (no date), a print footer ⛼ 页 1/1 ⛼; joint signature and date",
        page="""
!a 【打印】　【返回】
!m 骜城理工学院学生工作部
{T}
!m 打印于：2025-11-20 16:45
{BODY}
!m 原文地址：https://xgb.acut.edu.cn/tzgg/20251118.htm
!p ⛼ 页 1/1 ⛼
""",
        body="""
各学院：
近期，学生工作部联合后勤保障处对全校学生宿舍开展安全卫生检查，发现部分宿舍百叶窗存在人为损坏情况，现通报如下：
本次共检查宿舍1326间，发现百叶窗损坏41间，其中叶片折断29间、拉绳扯断8间、整体脱落4间。经核查，大部分系学生攀爬窗台、用力拉扯或在叶片上悬挂衣物所致。
根据《学生宿舍管理规定》，损坏公物须照价赔偿。请相关学院督促涉事宿舍于11月30日前到后勤保障处办理赔偿手续。
请各学院以此次通报为契机，加强学生爱护公物教育。
学生工作部　后勤保障处
2025年11月18日
""",
    ),
    dict(
        slug="mail-yuefan-letter-anniversary-straps-attachments",
        site="恒诺表业企业邮箱 网页版 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.hengnuo-watch.com/read?mid=ZL0611-0042",
        title="关于定制员工入职十周年纪念表带的函",
        record_title="Fwd: 关于定制员工入职十周年纪念表带的函",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes=(
            "webmail reading view with a forwarded header and an attachment bar; the letter's own 附件 list and "
            "联系人/电话/邮箱 stay in the body; the mail's send date also accepted"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于定制员工入职十周年纪念表带的函 - 恒诺表业企业邮箱</title></head><body>
<div class="wm-top">⟦m 恒诺表业企业邮箱⟧ <span>⟦m 当前账号：sales@hengnuo-watch.com⟧</span> <a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　草稿箱　已发送　已删除⟧</div>
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：温知秋 &lt;wenzq@yuefan-tech.com&gt;⟧</p>
<p>⟦m 收件人：销售部 &lt;sales@hengnuo-watch.com&gt;⟧</p>
<p>⟦m 时　间：2025年6月11日（星期三）上午10:26⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att"><p>⟦a 附件（2个）：设计效果图.jpg（1.4MB）　名单与刻字.xlsx（16KB）　全部下载　预览⟧</p></div>
<div class="wm-ft">⟦d 本邮件及附件含保密信息，非指定收件人请立即删除⟧</div>
</body></html>
""",
        body="""
骥川恒诺表业有限公司：
我公司拟为今年入职满十周年的员工定制纪念手表表带，现将有关需求函告如下，请贵公司于6月20日前报价。
一、数量：86条。
二、规格：头层牛皮，宽20毫米，表带内侧烫印员工姓名和“十年同行”字样，配不锈钢针扣。
三、交货时间：8月15日前。
四、其他：请随报价提供皮料样卡和镍释放检测报告。
附件：1.纪念表带设计效果图
2.员工名单及刻字内容
联系人：行政部　温知秋，电话：0737-4469018，邮箱：wenzq@yuefan-tech.com
骖岭跃帆科技有限公司行政部
2025年6月10日
""",
    ),
    dict(
        slug="mail-jichuan-request-plate-funds-forwarded-text",
        site="骥川县民政局 邮件转发 (invented, text)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mail://jcmzj/inbox/2025-03-26-0917",
        title="关于申请门牌号制作安装经费的请示",
        record_title="转发：关于申请门牌号制作安装经费的请示",
        date="2025-03-25",
        date_also=["2025-03-26"],
        notes=(
            "a 请示 forwarded as plain text with mail headers and a sign-off; the request's own 附件 line and "
            "联系人/电话 stay in the body; 成文日期 in Chinese numerals, the forward date also accepted"
        ),
        page="""
!m 发件人：詹晓禾 <qhdm_zxh@jcmzj.cn>
!m 发送时间：2025-03-26 09:17
!m 收件人：县财政局行政政法股 <xzzf@jccz.cn>
!m 主题：转发：关于申请门牌号制作安装经费的请示
!m -------- 原始邮件 --------
骥民〔2025〕14号
{T}
{BODY}
!m -- 发自骥川政务邮箱 --
!d 此邮件经政务邮件系统安全扫描，未发现病毒
""",
        body="""
县财政局：
根据县政府工作部署，我局今年在城区开展门牌号规范整治工作。经各街道入户排查，城区需补钉、更换门牌共9860块，另需设置楼栋牌、单元牌2140块。
按照统一规格，每块门牌制作安装费用约42元，楼栋牌、单元牌每块约65元，共需经费55.32万元。因该项工作年初未列入部门预算，特申请县财政安排专项经费55.32万元，用于门牌制作安装。
妥否，请批示。
附件：城区门牌号整治经费测算表
联系人：詹晓禾，电话：0736-7821406
骥川县民政局
二〇二五年三月二十五日
""",
    ),
]
